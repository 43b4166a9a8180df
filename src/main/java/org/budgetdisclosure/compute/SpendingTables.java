package org.budgetdisclosure.compute;

import static org.budgetdisclosure.compute.Ledger.basic;
import static org.budgetdisclosure.compute.Ledger.nature;
import static org.budgetdisclosure.compute.Ledger.project;
import static org.budgetdisclosure.compute.Ledger.type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.model.budget.BudgetLine;
import org.budgetdisclosure.model.budget.BudgetType;
import org.budgetdisclosure.model.budget.Nature;

/**
 * 表3 (all spending), 表5 (general public budget), 表8 (government funds) and 表9 (state capital) by function
 * 类/款/项, and 表6/表7, the general public budget's basic spending by economic 款 and its projects.
 */
final class SpendingTables {

    /** 表7's columns: the economic 类 a project's lines fall under. */
    static final Map<String, String> ECONOMIC_CLASSES = new LinkedHashMap<>();

    static {
        ECONOMIC_CLASSES.put("301", "工资福利支出");
        ECONOMIC_CLASSES.put("302", "商品和服务支出");
        ECONOMIC_CLASSES.put("303", "对个人和家庭的补助");
        ECONOMIC_CLASSES.put("307", "债务利息及费用支出");
        ECONOMIC_CLASSES.put("309", "资本性支出（基本建设）");
        ECONOMIC_CLASSES.put("310", "资本性支出");
        ECONOMIC_CLASSES.put("311", "对企业补助（基本建设）");
        ECONOMIC_CLASSES.put("312", "对企业补助");
        ECONOMIC_CLASSES.put("313", "对社会保障基金补助");
        ECONOMIC_CLASSES.put("399", "其他支出");
    }

    private static final List<TableKit.Col> BASIC_PROJECT = List.of(
            new TableKit.Col("total", "合计", Ledger.all()),
            new TableKit.Col("basic", "基本支出", basic()),
            new TableKit.Col("project", "项目支出", project()));

    private static final List<TableKit.Col> BASIC_SPLIT = List.of(
            new TableKit.Col("total", "合计", Ledger.all()),
            new TableKit.Col("personnel", "人员经费", nature(Nature.BASIC_PERSONNEL)),
            new TableKit.Col("public", "公用经费", nature(Nature.BASIC_PUBLIC)),
            new TableKit.Col("project", "项目支出", project()));

    private final TableKit kit;
    private final Ledger ledger;
    private final Names names;

    SpendingTables(TableKit kit, Ledger ledger, Names names) {
        this.kit = kit;
        this.ledger = ledger;
        this.names = names;
    }

    Table t3() {
        return byFunction(TableId.T3, BASIC_PROJECT, ledger.lines(), "没有支出预算");
    }

    Table t5() {
        return byFunction(TableId.T5, BASIC_PROJECT, ledger.where(type(BudgetType.GPB)), "没有使用一般公共预算拨款安排的支出");
    }

    Table t8() {
        return byFunction(TableId.T8, BASIC_SPLIT, ledger.where(type(BudgetType.FUND)), "没有使用政府性基金预算拨款安排的支出");
    }

    Table t9() {
        return byFunction(TableId.T9, BASIC_SPLIT, ledger.where(type(BudgetType.SOE)), "没有使用国有资本经营预算拨款安排的支出");
    }

    private Table byFunction(TableId id, List<TableKit.Col> cols, List<BudgetLine> lines, String emptyWhy) {
        List<Row> rows = new ArrayList<>(kit.classified(RowKind.FUNCTION, null, lines, BudgetLine::functionCode,
                names::function, cols, c -> c.length() < 7));
        boolean empty = rows.isEmpty();
        rows.add(kit.total("总计", null, !empty, cols, lines));
        return kit.table(id, cols, rows, empty ? kit.emptyStatement(emptyWhy, id) : null);
    }

    /** 表6: the general public budget's basic spending by economic 类 and 款. */
    Table t6() {
        List<TableKit.Col> cols = List.of(
                new TableKit.Col("total", "合计", Ledger.all()),
                new TableKit.Col("personnel", "人员经费", nature(Nature.BASIC_PERSONNEL)),
                new TableKit.Col("public", "公用经费", nature(Nature.BASIC_PUBLIC)));
        List<BudgetLine> lines = ledger.where(type(BudgetType.GPB).and(basic()));
        List<Row> rows = new ArrayList<>(kit.classified(RowKind.ECONOMIC, null, lines, BudgetLine::economicCode,
                names::economic, cols, c -> c.length() == 3));
        boolean empty = rows.isEmpty();
        rows.add(kit.total("总计", null, !empty, cols, lines));
        return kit.table(TableId.T6, cols, rows, empty ? kit.emptyStatement("没有一般公共预算基本支出", TableId.T6) : null);
    }

    /**
     * 表7: the general public budget's projects under their function 项, with the 类 and 款 above them
     * and the unit's own row first (as the sample prints it: no 项 row, the project rows carry its code).
     */
    Table t7() {
        List<TableKit.Col> cols = new ArrayList<>();
        cols.add(new TableKit.Col("total", "项目支出合计", Ledger.all()));
        ECONOMIC_CLASSES.forEach((code, label) -> cols.add(new TableKit.Col("e" + code, label, Ledger.economicClass(code))));
        List<BudgetLine> lines = ledger.where(type(BudgetType.GPB).and(project()));
        if (lines.stream().allMatch(l -> l.amount().isZero())) {
            List<Row> rows = List.of(kit.total("总计", null, false, cols, lines));
            return kit.table(TableId.T7, cols, rows, kit.emptyStatement("没有一般公共预算项目支出", TableId.T7));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(kit.row(RowKind.UNIT, null, null, kit.department(), null, null, false, TableKit.cells(cols, lines)));
        List<Row> parents = kit.classified(RowKind.FUNCTION, null, lines, l -> l.functionCode().substring(0, 5),
                names::function, cols, c -> false);
        for (Row parent : parents) {
            rows.add(parent);
            if (parent.code().length() == 5) {
                rows.addAll(projectRows(parent.code(), lines, cols));
            }
        }
        rows.add(kit.total("总计", null, false, cols, lines));
        return kit.table(TableId.T7, cols, rows, null);
    }

    /** One row per (项, project) under a 款, in code order and then in the order the lines name the projects. */
    private List<Row> projectRows(String section, List<BudgetLine> lines, List<TableKit.Col> cols) {
        Map<String, Map<String, List<BudgetLine>>> byItem = new TreeMap<>();
        for (BudgetLine l : lines) {
            if (l.functionCode().startsWith(section)) {
                byItem.computeIfAbsent(l.functionCode(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(l.project(), k -> new ArrayList<>()).add(l);
            }
        }
        List<Row> rows = new ArrayList<>();
        byItem.forEach((code, projects) -> projects.forEach((name, own) -> {
            var cells = TableKit.cells(cols, own);
            if (!cells.isEmpty()) {
                rows.add(kit.row(RowKind.PROJECT, null, code, names.function(code), name, null, false, cells));
            }
        }));
        return rows;
    }
}
