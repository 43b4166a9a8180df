package org.budgetdisclosure.render.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * Lays one of the twelve tables out as the national format prints it: the label columns on the left
 * (科目代码 split into 类/款/项, 科目名称, 项目名称, or one 项目 column), the value columns under their
 * printed groups, and for 表1/表4 the income and expenditure halves side by side.
 */
final class TableLayout {

    /** A table this many printed columns wide goes on a landscape page (表2, 表7, 表12). */
    private static final int WIDE_COLUMNS = 10;

    private static final Set<String> T2_FISCAL = Set.of("fiscalSubtotal", "gpb", "gpbTransfer", "fund", "fundTransfer", "soe");
    private static final Set<String> SOURCES = Set.of("gpb", "fund", "soe");
    private static final Set<String> BASIC_PARTS = Set.of("personnel", "public");
    /** Label columns that hold names, kept wide enough for them. */
    private static final Set<String> NAME_COLUMNS = Set.of("科目名称", "项目名称", "项目", "“三公”经费支出内容");
    private static final Set<String> CODE_COLUMNS = Set.of("类", "款", "项");

    /** What stands on the left of the value columns. */
    private enum Stub {
        FUNCTION_CODES,    // 类 款 项 科目名称
        ECONOMIC_CODES,    // 类 款 科目名称
        FUNCTION_PROJECTS, // 类 款 项 科目名称 项目名称
        LABEL,             // one label column
        TWO_SIDED          // 表1, 表4
    }

    private TableLayout() {
    }

    static Grid of(Table t) {
        String number = "表" + (t.number() != null ? t.number() : t.id().number());
        Stub stub = stub(t.id());
        List<List<String>> paths = headerPaths(t, stub);
        List<Line> body;
        if (stub == Stub.TWO_SIDED) {
            body = twoSidedBody(t);
        } else {
            body = new ArrayList<>();
            for (Row r : t.rows()) {
                List<Cell> cells = new ArrayList<>(stubCells(stub, r));
                for (Column c : t.columns()) {
                    cells.add(Cell.of(Cell.Kind.NUMBER, Numbers.money(r.cells().get(c.key()))));
                }
                body.add(new Line(cells, r.bold()));
            }
        }
        List<String> leaves = paths.stream().map(p -> p.get(p.size() - 1)).toList();
        boolean wide = leaves.size() >= WIDE_COLUMNS;
        return new Grid("t" + t.id().number(), number, t.title(), null, t.preparedBy(), t.unit(), HeaderRows.of(paths),
                List.of(body), t.emptyStatement(), wide, widths(leaves, wide, stub == Stub.TWO_SIDED), false);
    }

    /** Every printed column's header path, left to right: the label columns, then the amounts. */
    private static List<List<String>> headerPaths(Table t, Stub stub) {
        if (stub == Stub.TWO_SIDED) {
            return twoSidedPaths(t);
        }
        List<List<String>> paths = new ArrayList<>(stubPaths(t.id(), stub));
        t.columns().forEach(c -> paths.add(valuePath(t.id(), c)));
        return paths;
    }

    /**
     * Column widths in percent: narrow code columns, name columns wide enough for a classification
     * name on two lines, the amounts sharing the rest. Without them the automatic layout gives the
     * width to long header labels over empty columns and squeezes the names.
     */
    private static List<Integer> widths(List<String> leaves, boolean wide, boolean twoSided) {
        int code = wide ? 3 : 5;
        // 表1 has one amount column a side, 表4 four on its expenditure side
        int name = wide ? 12 : twoSided ? (leaves.size() > 4 ? 22 : 30) : 24;
        int fixed = 0;
        int values = 0;
        for (String leaf : leaves) {
            if (CODE_COLUMNS.contains(leaf)) {
                fixed += code;
            } else if (NAME_COLUMNS.contains(leaf)) {
                fixed += name;
            } else {
                values++;
            }
        }
        int value = values == 0 ? 0 : Math.max(1, (100 - fixed) / values);
        return leaves.stream().map(l -> CODE_COLUMNS.contains(l) ? code : NAME_COLUMNS.contains(l) ? name : value).toList();
    }

    private static Stub stub(TableId id) {
        return switch (id) {
            case T1, T4 -> Stub.TWO_SIDED;
            case T2, T3, T5, T8, T9 -> Stub.FUNCTION_CODES;
            case T6 -> Stub.ECONOMIC_CODES;
            case T7 -> Stub.FUNCTION_PROJECTS;
            case T10, T11, T12 -> Stub.LABEL;
        };
    }

    /** The printed group over the label columns: 科目 in 表3, 表5, 表6, 表8, 表9. */
    private static List<List<String>> stubPaths(TableId id, Stub stub) {
        boolean grouped = switch (id) {
            case T3, T5, T6, T8, T9 -> true;
            default -> false;
        };
        List<List<String>> paths = switch (stub) {
            case FUNCTION_CODES -> List.of(path("科目代码", "类"), path("科目代码", "款"), path("科目代码", "项"), path("科目名称"));
            case ECONOMIC_CODES -> List.of(path("科目代码", "类"), path("科目代码", "款"), path("科目名称"));
            case FUNCTION_PROJECTS -> List.of(path("科目代码", "类"), path("科目代码", "款"), path("科目代码", "项"),
                    path("科目名称"), path("项目名称"));
            case LABEL -> List.of(path(switch (id) {
                case T10 -> "“三公”经费支出内容";
                case T11 -> "项目名称";
                default -> "项目";
            }));
            case TWO_SIDED -> List.of();
        };
        return grouped ? paths.stream().map(p -> prefixed("科目", p)).toList() : paths;
    }

    /**
     * A value column's header path: the group the format prints over it, then its label, whose
     * {@code /} separate levels the reader kept (表12's {@code 财政拨款/基本支出/人员经费}).
     */
    private static List<String> valuePath(TableId id, Column c) {
        List<String> label = Arrays.asList(c.label().split("/"));
        String key = c.key();
        return switch (id) {
            case T2 -> T2_FISCAL.contains(key) ? prefixed("财政拨款（补助）", label) : label;
            case T3 -> prefixed("支出预算", label);
            case T5 -> prefixed("一般公共预算支出", label);
            case T6 -> prefixed("一般公共预算基本支出", label);
            case T8 -> prefixed("政府性基金预算支出", basic(key, label));
            case T9 -> prefixed("国有资本经营预算支出", basic(key, label));
            case T10, T11 -> SOURCES.contains(key) ? prefixed("资金来源", label) : label;
            default -> label;
        };
    }

    private static List<String> basic(String key, List<String> label) {
        return BASIC_PARTS.contains(key) && !label.get(0).equals("基本支出") ? prefixed("基本支出", label) : label;
    }

    private static List<Cell> stubCells(Stub stub, Row r) {
        List<Cell> cells = new ArrayList<>();
        switch (stub) {
            case FUNCTION_CODES -> {
                cells.addAll(codeCells(r.code(), 3));
                cells.add(Cell.of(Cell.Kind.ROW_HEADER, r.name()));
            }
            case ECONOMIC_CODES -> {
                cells.addAll(codeCells(r.code(), 2));
                cells.add(Cell.of(Cell.Kind.ROW_HEADER, r.name()));
            }
            case FUNCTION_PROJECTS -> {
                cells.addAll(codeCells(r.code(), 3));
                boolean project = r.kind() == RowKind.PROJECT;
                cells.add(Cell.of(project ? Cell.Kind.TEXT : Cell.Kind.ROW_HEADER, r.name()));
                cells.add(Cell.of(project ? Cell.Kind.ROW_HEADER : Cell.Kind.TEXT, r.projectName()));
            }
            case LABEL -> cells.add(Cell.of(Cell.Kind.ROW_HEADER, label(r)));
            case TWO_SIDED -> throw new IllegalArgumentException("two-sided tables are laid out by twoSidedBody");
        }
        return cells;
    }

    /** The code split into its 类 (3 digits) and 款/项 (2 digits each) cells, empty cells past its end. */
    private static List<Cell> codeCells(String code, int parts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            int from = i == 0 ? 0 : 3 + 2 * (i - 1);
            int to = i == 0 ? 3 : from + 2;
            String part = code != null && code.length() >= to ? code.substring(from, to) : "";
            cells.add(Cell.of(Cell.Kind.CODE, part));
        }
        return cells;
    }

    private static String label(Row r) {
        return r.projectName() != null && !r.projectName().isEmpty() ? r.projectName() : r.name();
    }

    // 表1 and 表4: the income half on the left, the expenditure half on the right

    private static List<List<String>> twoSidedPaths(Table t) {
        String income = t.id() == TableId.T4 ? "财政拨款收入" : "收入";
        String expenditure = t.id() == TableId.T4 ? "财政拨款支出" : "支出";
        List<List<String>> paths = new ArrayList<>();
        paths.add(path(income, "项目"));
        columns(t, Side.INCOME).forEach(c -> paths.add(prefixed(income, List.of(c.label()))));
        paths.add(path(expenditure, "科目名称"));
        columns(t, Side.EXPENDITURE).forEach(c -> paths.add(prefixed(expenditure, List.of(c.label()))));
        return paths;
    }

    /**
     * Pairs the i-th income row with the i-th expenditure row, as printed, padding the shorter half
     * with empty cells; the two grand totals (收入总计, 支出总计) share the last row.
     */
    private static List<Line> twoSidedBody(Table t) {
        List<Row> income = rows(t, Side.INCOME, false);
        List<Row> expenditure = rows(t, Side.EXPENDITURE, false);
        List<Line> lines = new ArrayList<>();
        int n = Math.max(income.size(), expenditure.size());
        for (int i = 0; i < n; i++) {
            lines.add(pair(t, i < income.size() ? income.get(i) : null, i < expenditure.size() ? expenditure.get(i) : null));
        }
        List<Row> incomeTotals = rows(t, Side.INCOME, true);
        List<Row> expenditureTotals = rows(t, Side.EXPENDITURE, true);
        int m = Math.max(incomeTotals.size(), expenditureTotals.size());
        for (int i = 0; i < m; i++) {
            lines.add(pair(t, i < incomeTotals.size() ? incomeTotals.get(i) : null,
                    i < expenditureTotals.size() ? expenditureTotals.get(i) : null));
        }
        return lines;
    }

    /**
     * One printed line of a two-sided table. Each half keeps its own emphasis (表1 prints 一、本年收入
     * bold beside a plain 201 line); a line whose halves are all bold is a subtotal line.
     */
    private static Line pair(Table t, Row income, Row expenditure) {
        boolean allBold = (income == null || income.bold()) && (expenditure == null || expenditure.bold())
                && (income != null || expenditure != null);
        List<Cell> cells = new ArrayList<>();
        half(cells, income, columns(t, Side.INCOME), !allBold);
        half(cells, expenditure, columns(t, Side.EXPENDITURE), !allBold);
        return new Line(cells, allBold);
    }

    private static void half(List<Cell> cells, Row r, List<Column> columns, boolean ownEmphasis) {
        if (r == null) {
            cells.add(Cell.of(Cell.Kind.TEXT, ""));
            columns.forEach(c -> cells.add(Cell.of(Cell.Kind.NUMBER, "")));
            return;
        }
        boolean bold = ownEmphasis && r.bold();
        String label = r.kind() == RowKind.FUNCTION && r.code() != null ? r.code() + " " + r.name() : r.name();
        cells.add(emphasis(Cell.of(Cell.Kind.ROW_HEADER, label), bold));
        columns.forEach(c -> cells.add(emphasis(Cell.of(Cell.Kind.NUMBER, Numbers.money(r.cells().get(c.key()))), bold)));
    }

    private static Cell emphasis(Cell c, boolean bold) {
        return bold ? c.emphasised() : c;
    }

    private static List<Column> columns(Table t, Side side) {
        return t.columns().stream().filter(c -> c.side() == side).toList();
    }

    private static List<Row> rows(Table t, Side side, boolean totals) {
        return t.rows().stream().filter(r -> r.side() == side && (r.kind() == RowKind.TOTAL) == totals).toList();
    }

    private static List<String> path(String... labels) {
        return List.of(labels);
    }

    private static List<String> prefixed(String group, List<String> p) {
        List<String> out = new ArrayList<>();
        out.add(group);
        out.addAll(p);
        return List.copyOf(out);
    }
}
