package org.budgetdisclosure.check.rules.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import org.budgetdisclosure.model.ClassificationCode.Scheme;
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
        // one group per code (unknown codes) or per code and spelling (names), in printed order
        Map<Group, List<CodedRow>> groups = new LinkedHashMap<>();
        for (CodedRow c : CodedRow.all(d, ctx)) {
            if (c.problem() != null) {
                continue; // CAT-CODE-FORM
            }
            Group key = new Group(c.scheme(), c.code(), info == NAME ? c.nameKey() : null);
            groups.computeIfAbsent(key, k -> new ArrayList<>(2)).add(c);
        }
        for (List<CodedRow> rows : groups.values()) {
            CodedRow first = rows.get(0);
            Classification cls = catalog.classification(first.scheme());
            NameCheck check = first.check(catalog);
            // the related places are built only for a finding (most codes and names agree)
            Supplier<List<Location>> related = () -> rows.subList(1, rows.size()).stream().map(CodedRow::place).toList();
            if (info == UNKNOWN) {
                unknown(catalog, cls, first, check, related, out);
            } else if (!first.nameKey().isEmpty()) {
                name(catalog, cls, first, check, related, out);
            }
        }
    }

    /** Rows reported together: one code of one scheme (and, for names, one spelling). */
    private record Group(Scheme scheme, String code, String nameKey) {

        // written out: the record's generated methods go through method handles, slower for a hot map key
        @Override
        public boolean equals(Object o) {
            return o instanceof Group g && scheme == g.scheme && code.equals(g.code) && java.util.Objects.equals(nameKey, g.nameKey);
        }

        @Override
        public int hashCode() {
            return (scheme.ordinal() * 31 + code.hashCode()) * 31 + (nameKey == null ? 0 : nameKey.hashCode());
        }
    }

    private void unknown(Catalog catalog, Classification cls, CodedRow c, NameCheck check, Supplier<List<Location>> related, Findings out) {
        if (check.outcome() == NameCheck.Outcome.NOT_IN_PARTIAL_CATALOG) {
            out.report(UNKNOWN, Severity.NOTICE, c.place(), related.get(),
                    "科目 " + c.code() + " " + c.name() + " 不在" + cls.description() + "中；该目录不全，无法核对。");
        } else if (check.outcome() == NameCheck.Outcome.NOT_IN_CATALOG) {
            out.report(UNKNOWN, catalog.isFallback() ? Severity.WARNING : Severity.ERROR, c.place(), related.get(),
                    "科目 " + c.code() + " " + c.name() + " 不在" + cls.description() + "中" + yearNote(catalog) + "。");
        }
    }

    private void name(Catalog catalog, Classification cls, CodedRow c, NameCheck check, Supplier<List<Location>> related, Findings out) {
        if (!check.known() || check.outcome() == NameCheck.Outcome.SAME_NAME) {
            return;
        }
        Entry e = check.entry().orElseThrow();
        String base = "科目 " + c.code() + " 印为“" + c.name() + "”，" + cls.description() + "中为“" + e.name() + "”";
        if (check.outcome() == NameCheck.Outcome.TRUNCATED_NAME) {
            out.report(NAME, Severity.NOTICE, c.place(), related.get(), base + "：名称不全（可能在换行处截断）。");
            return;
        }
        boolean trusted = e.verified() == Verification.YES || e.verified() == Verification.SUPPLIED;
        Severity s = trusted && !catalog.isFallback() ? Severity.ERROR : Severity.WARNING;
        String why = trusted ? "" : "（目录中此行核实程度为“" + e.verified().label() + "”，来源 " + e.source() + "，名称可能已调整，请核对）";
        out.report(NAME, s, c.place(), related.get(), base + "：名称与科目目录不符" + why + yearNote(catalog) + "。");
    }

    private static String yearNote(Catalog catalog) {
        return catalog.isFallback() ? "（用的是 " + catalog.dataYear() + " 年目录，" + catalog.year() + " 年的目录缺失）" : "";
    }
}
