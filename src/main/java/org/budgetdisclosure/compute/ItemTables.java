package org.budgetdisclosure.compute;

import static org.budgetdisclosure.compute.Ledger.economic;
import static org.budgetdisclosure.compute.Ledger.type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.model.budget.BudgetLine;
import org.budgetdisclosure.model.budget.BudgetType;
import org.budgetdisclosure.model.budget.FundingSource.Group;
import org.budgetdisclosure.model.budget.Nature;

/** 表10 (“三公”), 表11 (委托业务费) and 表12 (上年结转结余): the tables of named lines. */
final class ItemTables {

    private static final List<TableKit.Col> BY_BUDGET_TYPE = List.of(
            new TableKit.Col("total", "合计", Ledger.all()),
            new TableKit.Col("gpb", "一般公共预算", type(BudgetType.GPB)),
            new TableKit.Col("fund", "政府性基金", type(BudgetType.FUND)),
            new TableKit.Col("soe", "国有资本经营预算", type(BudgetType.SOE)));

    private final TableKit kit;
    private final Ledger ledger;

    ItemTables(TableKit kit, Ledger ledger) {
        this.kit = kit;
        this.ledger = ledger;
    }

    /** 表10: financial appropriations spent under the four “三公” economic 款, basic and project alike. */
    Table t10() {
        List<BudgetLine> fiscal = ledger.where(Ledger.fiscal());
        Predicate<BudgetLine> vehicle = economic(Ledger.VEHICLE_PURCHASE).or(economic(Ledger.VEHICLE_RUNNING));
        Predicate<BudgetLine> all = vehicle.or(economic(Ledger.TRAVEL_ABROAD)).or(economic(Ledger.RECEPTION));
        List<Row> rows = List.of(
                item("travelAbroad", "因公出国（境）费用", false, fiscal, economic(Ledger.TRAVEL_ABROAD)),
                item("reception", "公务接待费", false, fiscal, economic(Ledger.RECEPTION)),
                item("vehicle", "公务用车购置及运行维护费（小计）", true, fiscal, vehicle),
                item("vehiclePurchase", "其中：公务用车购置", false, fiscal, economic(Ledger.VEHICLE_PURCHASE)),
                item("vehicleRunning", "公务用车运行维护费", false, fiscal, economic(Ledger.VEHICLE_RUNNING)),
                kit.total("总计", null, true, BY_BUDGET_TYPE, fiscal.stream().filter(all).toList()));
        boolean empty = rows.stream().allMatch(Row::isEmpty);
        return kit.table(TableId.T10, BY_BUDGET_TYPE, rows,
                empty ? kit.emptyStatement("没有使用财政拨款安排的“三公”经费支出", TableId.T10) : null);
    }

    private Row item(String key, String label, boolean bold, List<BudgetLine> lines, Predicate<BudgetLine> p) {
        return kit.row(RowKind.ITEM, null, null, label, null, key, bold, TableKit.cells(BY_BUDGET_TYPE, lines.stream().filter(p).toList()));
    }

    /** 表11: financial appropriations spent on 委托业务费 (30227), one row per project (basic spending in one row). */
    Table t11() {
        List<BudgetLine> lines = ledger.where(Ledger.fiscal().and(economic(Ledger.ENTRUSTED)));
        Map<String, List<BudgetLine>> byProject = new LinkedHashMap<>();
        for (BudgetLine l : lines) {
            byProject.computeIfAbsent(l.nature() == Nature.PROJECT ? l.project() : null, k -> new ArrayList<>()).add(l);
        }
        List<Row> rows = new ArrayList<>();
        byProject.forEach((project, own) -> {
            var cells = TableKit.cells(BY_BUDGET_TYPE, own);
            if (!cells.isEmpty()) {
                rows.add(project == null
                        ? kit.row(RowKind.ITEM, null, null, "基本支出", null, null, false, cells)
                        : kit.row(RowKind.PROJECT, null, null, project, project, null, false, cells));
            }
        });
        boolean empty = rows.isEmpty();
        rows.add(kit.total("总计", null, !empty, BY_BUDGET_TYPE, lines));
        return kit.table(TableId.T11, BY_BUDGET_TYPE, rows, empty ? kit.emptyStatement("没有委托业务费预算的支出", TableId.T11) : null);
    }

    /** 表12: what is carried over, financial and not, by nature. */
    Table t12() {
        Predicate<BudgetLine> fiscal = l -> l.source().group() == Group.CARRY_FISCAL;
        Predicate<BudgetLine> nonFiscal = l -> l.source().group() == Group.CARRY_NON_FISCAL;
        List<TableKit.Col> cols = List.of(
                new TableKit.Col("total", "合计", fiscal.or(nonFiscal)),
                new TableKit.Col("fiscalSubtotal", "财政拨款/小计", fiscal),
                new TableKit.Col("fiscalPersonnel", "财政拨款/基本支出/人员经费", fiscal.and(Ledger.nature(Nature.BASIC_PERSONNEL))),
                new TableKit.Col("fiscalPublic", "财政拨款/基本支出/公用经费", fiscal.and(Ledger.nature(Nature.BASIC_PUBLIC))),
                new TableKit.Col("fiscalProject", "财政拨款/项目支出", fiscal.and(Ledger.project())),
                new TableKit.Col("nonFiscalSubtotal", "非财政拨款/小计", nonFiscal),
                new TableKit.Col("nonFiscalPersonnel", "非财政拨款/基本支出/人员经费", nonFiscal.and(Ledger.nature(Nature.BASIC_PERSONNEL))),
                new TableKit.Col("nonFiscalPublic", "非财政拨款/基本支出/公用经费", nonFiscal.and(Ledger.nature(Nature.BASIC_PUBLIC))),
                new TableKit.Col("nonFiscalProject", "非财政拨款/项目支出", nonFiscal.and(Ledger.project())));
        Row total = kit.total("总计", null, false, cols, ledger.lines());
        boolean empty = total.isEmpty();
        return kit.table(TableId.T12, cols, List.of(total),
                empty ? kit.emptyStatement("没有上年结转结余预算安排的支出", TableId.T12) : null);
    }
}
