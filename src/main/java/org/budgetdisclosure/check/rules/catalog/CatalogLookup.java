package org.budgetdisclosure.check.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.Classification;
import org.budgetdisclosure.catalog.Entry;
import org.budgetdisclosure.catalog.NameCheck;
import org.budgetdisclosure.catalog.Verification;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;

/**
 * Printed codes against the year's catalog ({@link CheckContext#catalog()}; nothing is checked
 * without one). Two rules, one lookup:
 * <ul>
 *   <li>CAT-CODE-UNKNOWN: a code the catalog lacks. A partial catalog (the shipped one) proves nothing,
 *   so that is a notice; a complete one (an official file the user loaded) means the code does not
 *   exist that year: an error.</li>
 *   <li>CAT-NAME-CATALOG: a known code printed with another name. An error when the catalog's row is
 *   verified (printed in a document of that year, or from the official file); a warning when the row
 *   is only observed in other years or unverified, since the name may have changed; a notice when the
 *   printed name is the catalog's cut short.</li>
 * </ul>
 * A catalog of an earlier year (no catalog of the document's year at hand) can only warn: codes and
 * names change between years. Each code (or code and spelling) is reported once, at its first row,
 * with the other rows printing it as related places.
 */
public final class CatalogLookup implements Rule {

    public static final RuleInfo UNKNOWN = new RuleInfo("CAT-CODE-UNKNOWN", "科目代码应存在于当年的科目目录中",
            Severity.ERROR, Family.CATALOG);
    public static final RuleInfo NAME = new RuleInfo("CAT-NAME-CATALOG", "科目名称应与当年科目目录一致",
            Severity.ERROR, Family.CATALOG);

    private final RuleInfo info;

    private CatalogLookup(RuleInfo info) {
        this.info = info;
    }

    public static CatalogLookup unknownCodes() {
        return new CatalogLookup(UNKNOWN);
    }

    public static CatalogLookup names() {
        return new CatalogLookup(NAME);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        Catalog catalog = ctx.catalog();
        if (catalog == null) {
            return;
        }
        // the rows are grouped once for all catalog rules, with the catalog's verdict on each spelling
        CodeGroups groups = CodeGroups.of(d, ctx);
        if (info == UNKNOWN) {
            for (int code = 0; code < groups.codeCount(); code++) {
                int first = groups.firstSpelling(code);
                NameCheck.Outcome outcome = groups.check(first, catalog).outcome();
                if (outcome == NameCheck.Outcome.NOT_IN_PARTIAL_CATALOG || outcome == NameCheck.Outcome.NOT_IN_CATALOG) {
                    unknown(catalog, groups.first(first), outcome, groups.rowsOfCode(code), out);
                }
            }
        } else {
            for (int s = 0; s < groups.spellingCount(); s++) {
                if (groups.key(s).isEmpty()) {
                    continue;
                }
                NameCheck check = groups.check(s, catalog);
                if (check.known() && check.outcome() != NameCheck.Outcome.SAME_NAME) {
                    name(catalog, groups.first(s), check, groups.rowsOfSpelling(s), out);
                }
            }
        }
    }

    /** The places of the rows after the first: built only for a finding (most codes and names agree). */
    private static List<Location> related(List<CodedRow> rows) {
        List<Location> out = new ArrayList<>(rows.size() - 1);
        for (int i = 1; i < rows.size(); i++) {
            out.add(rows.get(i).place());
        }
        return out;
    }

    private static Classification classification(Catalog catalog, CodedRow c) {
        return catalog.classification(CodeGroups.scheme(c.row()));
    }

    private void unknown(Catalog catalog, CodedRow c, NameCheck.Outcome outcome, List<CodedRow> rows, Findings out) {
        Classification cls = classification(catalog, c);
        if (outcome == NameCheck.Outcome.NOT_IN_PARTIAL_CATALOG) {
            out.report(UNKNOWN, Severity.NOTICE, c.place(), related(rows),
                    "科目 " + c.code() + " " + c.name() + " 不在" + cls.description() + "中；该目录不全，无法核对。");
        } else {
            out.report(UNKNOWN, catalog.isFallback() ? Severity.WARNING : Severity.ERROR, c.place(), related(rows),
                    "科目 " + c.code() + " " + c.name() + " 不在" + cls.description() + "中" + yearNote(catalog) + "。");
        }
    }

    private void name(Catalog catalog, CodedRow c, NameCheck check, List<CodedRow> rows, Findings out) {
        Classification cls = classification(catalog, c);
        Entry e = check.entry().orElseThrow();
        String base = "科目 " + c.code() + " 印为“" + c.name() + "”，" + cls.description() + "中为“" + e.name() + "”";
        if (check.outcome() == NameCheck.Outcome.TRUNCATED_NAME) {
            out.report(NAME, Severity.NOTICE, c.place(), related(rows), base + "：名称不全（可能在换行处截断）。");
            return;
        }
        boolean trusted = e.verified() == Verification.YES || e.verified() == Verification.SUPPLIED;
        Severity s = trusted && !catalog.isFallback() ? Severity.ERROR : Severity.WARNING;
        String why = trusted ? "" : "（目录中此行核实程度为“" + e.verified().label() + "”，来源 " + e.source() + "，名称可能已调整，请核对）";
        out.report(NAME, s, c.place(), related(rows), base + "：名称与科目目录不符" + why + yearNote(catalog) + "。");
    }

    private static String yearNote(Catalog catalog) {
        return catalog.isFallback() ? "（用的是 " + catalog.dataYear() + " 年目录，" + catalog.year() + " 年的目录缺失）" : "";
    }
}
