package org.budgetdisclosure.check.rules.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.NameCheck;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Table;

/**
 * A code is printed with the same name in every table of the document (2010399 is not 其他… in 表2 and
 * something else in 表3). Names are compared after removing spaces and folding bracket widths. A name
 * cut short where a line broke (the start of the reference spelling) is a notice; two different names are an error,
 * reported at each table that differs from the reference spelling: the one the catalog confirms when
 * it knows the code, else the one most tables print (the first printed on a tie).
 */
public final class NamesAgreeAcrossTables implements Rule {

    public static final RuleInfo INFO = new RuleInfo("CAT-NAME-TABLES", "同一科目代码在各表中的名称应一致",
            Severity.ERROR, Family.CATALOG);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** One spelling of a code (its id in {@link CodeGroups}): its name key and the first row of each table printing it that way. */
    private record Spelling(int id, String key, List<CodedRow> rows) {
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        CodeGroups groups = CodeGroups.of(d, ctx);
        for (int code = 0; code < groups.codeCount(); code++) {
            // the usual code has one spelling: the per-table lists are made only for a code with several
            if (groups.spellingsOf(code) < 2) {
                continue;
            }
            List<Spelling> named = new ArrayList<>(groups.spellingsOf(code));
            for (int s = groups.firstSpelling(code); s >= 0; s = groups.nextSpelling(s)) {
                if (!groups.key(s).isEmpty()) { // a row printed without a name disagrees with none
                    named.add(new Spelling(s, groups.key(s), firstPerTable(groups.rowsOfSpelling(s))));
                }
            }
            if (named.size() > 1) {
                report(named, groups, ctx.catalog(), out);
            }
        }
    }

    /** The first of the rows in each table, in printed order. */
    private static List<CodedRow> firstPerTable(List<CodedRow> rows) {
        List<CodedRow> out = new ArrayList<>(rows.size());
        for (CodedRow c : rows) {
            if (!printedIn(out, c.table())) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean printedIn(List<CodedRow> rows, Table t) {
        for (CodedRow r : rows) {
            if (r.table().id() == t.id()) {
                return true;
            }
        }
        return false;
    }

    private static void report(List<Spelling> spellings, CodeGroups groups, Catalog catalog, Findings out) {
        Spelling ref = reference(spellings, groups, catalog);
        CodedRow refRow = ref.rows().get(0);
        for (Spelling s : spellings) {
            if (s == ref) {
                continue;
            }
            // only the shorter spelling can be the cut one; a longer one adds words the reference lacks
            boolean cut = ref.key().startsWith(s.key());
            for (CodedRow c : s.rows()) {
                String message = "科目 " + c.code() + " 在" + tables(s) + "中印为“" + c.name() + "”，在" + tables(ref) + "中印为“"
                        + refRow.name() + "”" + (cut ? "：前者不全（可能在换行处截断），请补全。" : "：同一科目的名称应一致。");
                out.report(INFO, cut ? Severity.NOTICE : Severity.ERROR, c.place(), List.of(refRow.place()), message);
            }
        }
    }

    /** The spelling the catalog confirms, else the one most tables print, else the first printed. */
    private static Spelling reference(List<Spelling> spellings, CodeGroups groups, Catalog catalog) {
        if (catalog != null) {
            for (Spelling s : spellings) {
                NameCheck check = groups.check(s.id(), catalog);
                if (check.outcome() == NameCheck.Outcome.SAME_NAME) {
                    return s;
                }
            }
        }
        return spellings.stream().max(Comparator.comparingInt((Spelling s) -> s.rows().size())
                .thenComparing(s -> -spellings.indexOf(s))).orElseThrow();
    }

    private static String tables(Spelling s) {
        return String.join("、", s.rows().stream().map(r -> "表" + r.table().id().number()).toList());
    }
}
