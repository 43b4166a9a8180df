package org.budgetdisclosure.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.render.Grid.ColumnSpec;
import org.budgetdisclosure.render.Grid.Kind;

/**
 * Lays out one of the twelve tables as the national format prints it: label columns (科目代码 split into
 * 类/款/项, 科目名称, 项目名称), then the value columns in the model's order, under a header of one to three
 * rows. The model keeps only each column's own label; the group headings above them (支出预算, 财政拨款（补助）,
 * 资金来源 …) are the format's and are supplied here, per table. A 表12 label that the reader wrote as a
 * path ({@code 财政拨款/基本支出/人员经费}) is split at its slashes.
 */
final class TableLayouts {

    private static final int CLASS_WIDTH = 5;
    private static final int SUB_CODE_WIDTH = 4;
    private static final int NAME_WIDTH = 30;
    private static final int PROJECT_WIDTH = 20;
    private static final int AMOUNT_WIDTH = 12;

    private TableLayouts() {
    }

    /** What a column of the laid-out table shows. */
    private enum Role {
        CODE_CLASS, CODE_SECTION, CODE_ITEM, NAME, PROJECT, VALUE
    }

    /** A leaf column: its heading path from the top header row down, and what it shows. */
    private record Leaf(List<String> path, Role role, String key, int width) {

        boolean code() {
            return role == Role.CODE_CLASS || role == Role.CODE_SECTION || role == Role.CODE_ITEM;
        }
    }

    static Grid of(Table t) {
        return switch (t.id()) {
            case T1 -> twoSided(t, "收入", "支出");
            case T4 -> twoSided(t, "财政拨款收入", "财政拨款支出");
            case T2 -> oneSided(t, functionCodes(List.of()), k -> inGroup(k, "财政拨款（补助）",
                    "fiscalSubtotal", "gpb", "gpbTransfer", "fund", "fundTransfer", "soe", "soeTransfer"));
            case T3 -> oneSided(t, functionCodes(List.of("科目")), k -> List.of("支出预算"));
            case T5 -> oneSided(t, functionCodes(List.of("科目")), k -> List.of("一般公共预算支出"));
            case T6 -> oneSided(t, economicCodes(), k -> List.of("一般公共预算基本支出"));
            case T7 -> oneSided(t, projectCodes(), k -> List.of());
            case T8 -> oneSided(t, functionCodes(List.of("科目")), k -> basicSplit("政府性基金预算支出", k));
            case T9 -> oneSided(t, functionCodes(List.of("科目")), k -> basicSplit("国有资本经营预算支出", k));
            case T10 -> oneSided(t, List.of(new Leaf(List.of("“三公”经费支出内容"), Role.NAME, null, NAME_WIDTH)),
                    k -> inGroup(k, "资金来源", "gpb", "fund", "soe"));
            case T11 -> oneSided(t, List.of(new Leaf(List.of("项目名称"), Role.NAME, null, NAME_WIDTH)),
                    k -> inGroup(k, "资金来源", "gpb", "fund", "soe"));
            case T12 -> oneSided(t, List.of(new Leaf(List.of("项目"), Role.NAME, null, 16)), k -> List.of());
        };
    }

    private static List<String> inGroup(String key, String group, String... members) {
        return Arrays.asList(members).contains(key) ? List.of(group) : List.of();
    }

    /** 表8/表9: 基本支出 stands over 人员经费 and 公用经费 (and over its own subtotal where one is printed). */
    private static List<String> basicSplit(String group, String key) {
        return switch (key) {
            case "personnel", "public", "basic" -> List.of(group, "基本支出");
            default -> List.of(group);
        };
    }

    private static List<Leaf> functionCodes(List<String> prefix) {
        List<String> code = concat(prefix, "科目代码");
        return List.of(
                new Leaf(concat(code, "类"), Role.CODE_CLASS, null, CLASS_WIDTH),
                new Leaf(concat(code, "款"), Role.CODE_SECTION, null, SUB_CODE_WIDTH),
                new Leaf(concat(code, "项"), Role.CODE_ITEM, null, SUB_CODE_WIDTH),
                new Leaf(concat(prefix, "科目名称"), Role.NAME, null, NAME_WIDTH));
    }

    private static List<Leaf> economicCodes() {
        return List.of(
                new Leaf(List.of("科目", "科目代码", "类"), Role.CODE_CLASS, null, CLASS_WIDTH),
                new Leaf(List.of("科目", "科目代码", "款"), Role.CODE_SECTION, null, SUB_CODE_WIDTH),
                new Leaf(List.of("科目", "科目名称"), Role.NAME, null, NAME_WIDTH));
    }

    private static List<Leaf> projectCodes() {
        List<Leaf> leaves = new ArrayList<>(functionCodes(List.of()));
        leaves.add(new Leaf(List.of("项目名称"), Role.PROJECT, null, PROJECT_WIDTH));
        return leaves;
    }

    private static List<String> concat(List<String> prefix, String last) {
        List<String> out = new ArrayList<>(prefix);
        out.add(last);
        return out;
    }

    private static Leaf valueLeaf(Column c, Function<String, List<String>> group) {
        List<String> own = List.of(c.label().split("/"));
        List<String> path = new ArrayList<>(own.size() > 1 ? List.of() : group.apply(c.key()));
        path.addAll(own);
        return new Leaf(path, Role.VALUE, c.key(), AMOUNT_WIDTH);
    }

    private static Grid oneSided(Table t, List<Leaf> labels, Function<String, List<String>> group) {
        List<Leaf> leaves = new ArrayList<>(labels);
        for (Column c : t.columns()) {
            leaves.add(valueLeaf(c, group));
        }
        GridBuilder b = header(leaves);
        boolean codeColumns = labels.stream().anyMatch(l -> l.role() == Role.CODE_CLASS);
        boolean projectColumn = labels.stream().anyMatch(l -> l.role() == Role.PROJECT);
        for (Row r : t.rows()) {
            b.row();
            body(b, leaves, 0, r, codeColumns, projectColumn);
        }
        return b.build();
    }

    /**
     * 表1 and 表4 print income and expenditure side by side: the n-th income line beside the n-th
     * expenditure line, and the two totals on the last line.
     */
    private static Grid twoSided(Table t, String incomeHeading, String expenditureHeading) {
        List<Leaf> income = new ArrayList<>();
        income.add(new Leaf(List.of(incomeHeading, "项目"), Role.NAME, null, 28));
        List<Leaf> expenditure = new ArrayList<>();
        expenditure.add(new Leaf(List.of(expenditureHeading, "科目名称"), Role.NAME, null, 28));
        for (Column c : t.columns()) {
            boolean spent = c.side() == Side.EXPENDITURE;
            (spent ? expenditure : income).add(valueLeaf(c, k -> List.of(spent ? expenditureHeading : incomeHeading)));
        }
        List<Leaf> leaves = new ArrayList<>(income);
        leaves.addAll(expenditure);
        GridBuilder b = header(leaves);
        List<Row> incomeRows = side(t, false, false);
        List<Row> spentRows = side(t, true, false);
        lines(b, leaves, income.size(), incomeRows, spentRows);
        lines(b, leaves, income.size(), side(t, false, true), side(t, true, true));
        return b.build();
    }

    /** The rows of one half, totals or not; a row without a side counts as income. */
    private static List<Row> side(Table t, boolean expenditure, boolean totals) {
        return t.rows().stream()
                .filter(r -> (r.side() == Side.EXPENDITURE) == expenditure)
                .filter(r -> (r.kind() == RowKind.TOTAL) == totals)
                .toList();
    }

    private static void lines(GridBuilder b, List<Leaf> leaves, int split, List<Row> left, List<Row> right) {
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            b.row();
            List<Leaf> l = leaves.subList(0, split);
            List<Leaf> r = leaves.subList(split, leaves.size());
            if (i < left.size()) {
                body(b, l, 0, left.get(i), false, false);
            } else {
                blank(b, l, 0);
            }
            if (i < right.size()) {
                body(b, r, split, right.get(i), false, false);
            } else {
                blank(b, r, split);
            }
        }
    }

    private static void blank(GridBuilder b, List<Leaf> leaves, int offset) {
        for (int i = 0; i < leaves.size(); i++) {
            Leaf leaf = leaves.get(i);
            if (leaf.role() == Role.VALUE) {
                b.amount(offset + i, 1, null, false);
            } else {
                b.text(offset + i, 1, "", false);
            }
        }
    }

    private static void body(GridBuilder b, List<Leaf> leaves, int offset, Row r, boolean codeColumns,
                             boolean projectColumn) {
        String code = r.code() == null ? "" : r.code();
        for (int i = 0; i < leaves.size(); i++) {
            Leaf leaf = leaves.get(i);
            int col = offset + i;
            switch (leaf.role()) {
                case CODE_CLASS -> b.cell(col, 1, 1, Kind.CODE, digits(code, 0, 3), r.bold());
                case CODE_SECTION -> b.cell(col, 1, 1, Kind.CODE, digits(code, 3, 5), r.bold());
                case CODE_ITEM -> b.cell(col, 1, 1, Kind.CODE, digits(code, 5, 7), r.bold());
                case NAME -> b.text(col, 1, name(r, codeColumns, projectColumn), r.bold());
                case PROJECT -> b.text(col, 1, r.projectName() == null ? "" : r.projectName(), r.bold());
                case VALUE -> b.amount(col, 1, r.cell(leaf.key()).orElse(null), r.bold());
            }
        }
    }

    private static String digits(String code, int from, int to) {
        return code.length() >= to ? code.substring(from, to) : "";
    }

    /**
     * The row's name for the name column: where the table has no code columns a code is printed before
     * the name (表1's “201 一般公共服务支出”), and where it has no project column a project row is named by
     * its project (表11).
     */
    private static String name(Row r, boolean codeColumns, boolean projectColumn) {
        String name = r.name() == null ? "" : r.name();
        if (!projectColumn && name.isBlank() && r.projectName() != null) {
            name = r.projectName();
        }
        if (!codeColumns && r.code() != null) {
            name = (r.code() + " " + name).trim();
        }
        return name;
    }

    /**
     * The header rows from the leaves' heading paths: a heading spans the adjacent columns that share it,
     * and a leaf heading reaches down to the last header row.
     */
    private static GridBuilder header(List<Leaf> leaves) {
        GridBuilder b = new GridBuilder(leaves.stream().map(l -> new ColumnSpec(l.width(), l.code())).toList());
        int depth = leaves.stream().mapToInt(l -> l.path().size()).max().orElse(1);
        for (int level = 0; level < depth; level++) {
            b.row();
            int c = 0;
            while (c < leaves.size()) {
                List<String> path = leaves.get(c).path();
                if (path.size() <= level) {
                    c++;  // covered by a heading from a row above
                    continue;
                }
                boolean leaf = level == path.size() - 1;
                int span = 1;
                while (!leaf && c + span < leaves.size() && sharesGroup(leaves.get(c + span).path(), path, level)) {
                    span++;
                }
                b.cell(c, span, leaf ? depth - level : 1, Kind.HEADER, path.get(level), false);
                c += span;
            }
        }
        return b.endHeader();
    }

    private static boolean sharesGroup(List<String> other, List<String> path, int level) {
        return other.size() - 1 > level && other.subList(0, level + 1).equals(path.subList(0, level + 1));
    }
}
