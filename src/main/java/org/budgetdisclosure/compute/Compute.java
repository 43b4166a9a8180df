package org.budgetdisclosure.compute;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.Catalogs;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.DocumentHeader;
import org.budgetdisclosure.model.DocumentKind;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.OtherMatters;
import org.budgetdisclosure.model.Overview;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.model.budget.Budget;
import org.budgetdisclosure.model.budget.Department;

/**
 * compute(Budget) → Disclosure: the published document a budget makes, exact by construction. Every
 * table figure is a sum of line items; every figure of part 3 is a table figure or a share or change
 * computed from them ({@link Percent}); every element's provenance is {@link SourceRef#generated}.
 */
public final class Compute {

    private Compute() {
    }

    /** With the shipped catalog of the budget's year (names of codes, the list of 类 in 表1/表4). */
    public static Disclosure compute(Budget budget) {
        String source = budget.department().name() + budget.department().year() + "年部门预算";
        return compute(budget, defaultCatalog(budget.department().year()), source);
    }

    /**
     * @param catalog the classification catalog for names and the full list of 类; null to use only the
     *                budget's own names
     * @param source  the name every element's provenance carries (e.g. the budget file's name)
     */
    public static Disclosure compute(Budget budget, Catalog catalog, String source) {
        Department dept = budget.department();
        SourceRef at = SourceRef.generated(source);
        Ledger ledger = new Ledger(budget.lines());
        Names names = new Names(catalog, budget.names());
        TableKit kit = new TableKit(dept.name(), dept.year(), at);
        Map<TableId, Table> tables = tables(kit, ledger, names);

        ProseBook book = new ProseBook(at);
        List<ProjectDescription> projects = new ProjectTexts(budget, at).describe(tables.get(TableId.T7));
        new PartThree(budget, ledger, names, book).write(projects, tables);
        int projectCount = (int) budget.projects().stream()
                .filter(p -> budget.lines().stream().anyMatch(l -> p.name().equals(l.project()))).count();
        OtherMatters other = new OtherMattersWriter(budget, ledger, book, at).write(projectCount);
        Explanation explanation = new Explanation(book.sections(), book.facts(), book.lists(), projects, other);

        DocumentHeader header = new DocumentHeader(dept.name(), dept.year(), DocumentKind.DEPARTMENT_BUDGET, "万元",
                dept.name(), dept.signedOn(), at);
        return new Disclosure(source, header, overview(dept, at), List.copyOf(tables.values()), explanation,
                new TargetTables(budget, ledger, at).targets(),
                budget.glossary().isEmpty() ? StandardGlossary.terms(at) : budget.glossary());
    }

    private static Map<TableId, Table> tables(TableKit kit, Ledger ledger, Names names) {
        IncomeTables income = new IncomeTables(kit, ledger, names);
        SpendingTables spending = new SpendingTables(kit, ledger, names);
        ItemTables items = new ItemTables(kit, ledger);
        Map<TableId, Table> t = new EnumMap<>(TableId.class);
        t.put(TableId.T1, income.t1());
        t.put(TableId.T2, income.t2());
        t.put(TableId.T3, spending.t3());
        t.put(TableId.T4, income.t4());
        t.put(TableId.T5, spending.t5());
        t.put(TableId.T6, spending.t6());
        t.put(TableId.T7, spending.t7());
        t.put(TableId.T8, spending.t8());
        t.put(TableId.T9, spending.t9());
        t.put(TableId.T10, items.t10());
        t.put(TableId.T11, items.t11());
        t.put(TableId.T12, items.t12());
        return t;
    }

    private static Overview overview(Department d, SourceRef at) {
        String organisation = d.organisationText();
        if (organisation == null || organisation.isBlank()) {
            organisation = d.subordinateUnits().isEmpty() ? d.name() + "无下属预算单位。"
                    : d.name() + "下属预算单位包括：" + String.join("、", d.subordinateUnits()) + "。";
        }
        return new Overview(d.duties(), organisation, d.subordinateUnits(), at);
    }

    /**
     * The shipped catalog of the year, or the nearest earlier; for a year before every shipped set, the
     * earliest set (PARTIAL: its names may differ from that year's).
     */
    static Catalog defaultCatalog(int year) {
        return Catalogs.builtIn(year).orElseGet(() -> Catalogs.builtIn(Catalogs.shippedYears().first()).orElse(null));
    }
}
