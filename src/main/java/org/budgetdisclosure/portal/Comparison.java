package org.budgetdisclosure.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * Two disclosures line by line: the same department across years, or two departments in one year.
 * Lines are matched by what identifies them in the national format — the function code in the
 * expenditure tables, the economic code in 表6/表7, the income item of 表1, the 三公 item of 表10,
 * the project name of 表7 — never by position, so a line present on one side only stays on its side.
 *
 * @param a     the first document (the base of every difference)
 * @param b     the second document
 * @param parts the compared tables, in the order of the format; a table with no figure on either side
 *              is left out
 */
public record Comparison(String a, String b, List<Part> parts) {

    public Comparison {
        parts = List.copyOf(parts);
    }

    /** Which side has a line. */
    public enum Presence {
        BOTH, ONLY_A, ONLY_B
    }

    /**
     * One table compared.
     *
     * @param id        a stable id (used as an anchor)
     * @param title     the table's Chinese title
     * @param matchedBy how lines were matched, for the reader
     * @param lines     the lines, in the order of the codes (or of the first document for named items)
     */
    public record Part(String id, String title, String matchedBy, List<Line> lines) {

        public Part {
            lines = List.copyOf(lines);
        }

        public Optional<Line> line(String key) {
            return lines.stream().filter(l -> l.key().equals(key)).findFirst();
        }

        public long changed() {
            return lines.stream().filter(Line::changed).count();
        }
    }

    /**
     * One matched line.
     *
     * @param key   what the line was matched by: a code, an item key or a project name
     * @param code  the classification code printed, or null
     * @param name  the name as the first document prints it (else the second's)
     * @param level the code's level (for indentation), or null
     * @param a     the amount in the first document; null when it has no such line or prints no amount
     * @param b     the amount in the second document; null likewise
     */
    public record Line(String key, String code, String name, CodeLevel level, Money a, Money b) {

        public Presence presence() {
            return a == null ? Presence.ONLY_B : b == null ? Presence.ONLY_A : Presence.BOTH;
        }

        /** b − a, a missing amount counted as nothing. */
        public Money difference() {
            return (b == null ? Money.ZERO : b).minus(a == null ? Money.ZERO : a);
        }

        /** The difference as a percentage of a (two decimals), or null when a is missing or zero. */
        public BigDecimal percent() {
            return Comparison.percent(difference(), a);
        }

        public boolean changed() {
            return presence() != Presence.BOTH || !difference().isZero();
        }
    }

    /** {@code part} as a percentage of {@code whole}, half-up to two decimals; null without a base. */
    public static BigDecimal percent(Money part, Money whole) {
        if (part == null || whole == null || whole.isZero()) {
            return null;
        }
        return part.value().multiply(BigDecimal.valueOf(100)).divide(whole.value(), 2, RoundingMode.HALF_UP);
    }

    /** Compares {@code a} with {@code b}; every difference is b − a. */
    public static Comparison of(Disclosure a, Disclosure b) {
        List<Part> parts = new ArrayList<>();
        add(parts, new Part("overview", "总体情况", "按指标", merge(overview(a), overview(b), false)));
        add(parts, new Part("income", "收入（表1，按收入来源）", "按收入项目", merge(incomeItems(a), incomeItems(b), false)));
        add(parts, functionPart("t3", TableId.T3, "部门支出（表3，按支出功能分类）", a, b));
        add(parts, functionPart("t5", TableId.T5, "一般公共预算支出（表5，按支出功能分类）", a, b));
        add(parts, new Part("t6", "一般公共预算基本支出（表6，按经济分类）", "按经济分类科目编码",
                merge(codedRows(a, TableId.T6, RowKind.ECONOMIC), codedRows(b, TableId.T6, RowKind.ECONOMIC), true)));
        add(parts, new Part("t7", "一般公共预算项目支出（表7，按经济分类）", "按经济分类科目编码",
                merge(projectEconomic(a), projectEconomic(b), true)));
        add(parts, new Part("projects", "项目（表7）", "按项目名称", merge(projects(a), projects(b), false)));
        add(parts, functionPart("t8", TableId.T8, "政府性基金预算支出（表8，按支出功能分类）", a, b));
        add(parts, functionPart("t9", TableId.T9, "国有资本经营预算支出（表9，按支出功能分类）", a, b));
        add(parts, new Part("t10", "财政拨款“三公”经费（表10）", "按“三公”经费项目", merge(sangong(a), sangong(b), false)));
        return new Comparison(label(a), label(b), parts);
    }

    /** {@code 昌吉市人民政府办公室 2026年}. */
    static String label(Disclosure d) {
        String dep = d.header().department() == null ? "（未识别部门）" : d.header().department();
        return d.header().year() == null ? dep : dep + " " + d.header().year() + "年";
    }

    private static void add(List<Part> parts, Part p) {
        if (!p.lines().isEmpty()) {
            parts.add(p);
        }
    }

    private static Part functionPart(String id, TableId table, String title, Disclosure a, Disclosure b) {
        return new Part(id, title, "按支出功能分类科目编码",
                merge(codedRows(a, table, RowKind.FUNCTION), codedRows(b, table, RowKind.FUNCTION), true));
    }

    /**
     * The lines of both sides: by code order when matched by codes (so 类, 款 and 项 stay together),
     * otherwise in the first document's order with the second's own lines after them.
     */
    private static List<Line> merge(Map<String, Line> a, Map<String, Line> b, boolean byCode) {
        Map<String, Line> order = byCode ? new TreeMap<>() : new LinkedHashMap<>();
        a.forEach(order::put);
        b.forEach(order::putIfAbsent);
        List<Line> out = new ArrayList<>();
        for (String key : order.keySet()) {
            Line la = a.get(key);
            Line lb = b.get(key);
            Line named = la != null && la.name() != null ? la : lb;
            Money ma = la == null ? null : la.a();
            Money mb = lb == null ? null : lb.a();
            if (ma == null && mb == null) {
                continue;
            }
            out.add(new Line(key, named.code(), named.name(), named.level(), ma, mb));
        }
        return out;
    }

    /** One side's line (the amount is kept in {@code a} until the sides are merged). */
    private static Line side(String key, String code, String name, CodeLevel level, Money amount) {
        return new Line(key, code, name, level, amount, null);
    }

    private static Map<String, Line> overview(Disclosure d) {
        Map<String, Line> m = new LinkedHashMap<>();
        d.table(TableId.T1).flatMap(t -> t.rowByKey(Side.INCOME, "total")).flatMap(r -> cell(r, "amount"))
                .ifPresent(v -> m.put("income", side("income", null, "收入总计", null, v)));
        Optional<Row> t3 = total(d, TableId.T3);
        t3.flatMap(r -> cell(r, "total")).ifPresent(v -> m.put("expenditure", side("expenditure", null, "支出总计", null, v)));
        t3.flatMap(r -> cell(r, "basic")).ifPresent(v -> m.put("basic", side("basic", null, "基本支出", null, v)));
        t3.flatMap(r -> cell(r, "project")).ifPresent(v -> m.put("project", side("project", null, "项目支出", null, v)));
        Optional<Row> t6 = total(d, TableId.T6);
        t6.flatMap(r -> cell(r, "personnel")).ifPresent(v -> m.put("personnel", side("personnel", null, "人员经费（表6）", null, v)));
        t6.flatMap(r -> cell(r, "public")).ifPresent(v -> m.put("public", side("public", null, "公用经费（表6）", null, v)));
        total(d, TableId.T10).flatMap(r -> cell(r, "total"))
                .ifPresent(v -> m.put("sangong", side("sangong", null, "财政拨款“三公”经费", null, v)));
        return m;
    }

    private static Map<String, Line> incomeItems(Disclosure d) {
        Map<String, Line> m = new LinkedHashMap<>();
        for (Row r : rows(d, TableId.T1)) {
            if (r.side() == Side.INCOME && r.kind() == RowKind.ITEM && r.key() != null) {
                Money v = r.cells().get("amount");
                m.putIfAbsent(r.key(), side(r.key(), null, r.name(), null, v));
            }
        }
        return m;
    }

    /** Rows of one kind by their code, the {@code total} column; the first row of a code counts. */
    private static Map<String, Line> codedRows(Disclosure d, TableId table, RowKind kind) {
        Map<String, Line> m = new LinkedHashMap<>();
        for (Row r : rows(d, table)) {
            if (r.kind() == kind && r.code() != null) {
                m.putIfAbsent(r.code(), side(r.code(), r.code(), r.name(), r.level(), r.cells().get("total")));
            }
        }
        total(d, table).flatMap(r -> cell(r, "total"))
                .ifPresent(v -> m.put("~total", side("~total", null, "合计", null, v))); // “~” sorts after every code
        return m;
    }

    /** 表7's economic columns (e302 …) on its total row: project spending by economic class. */
    private static Map<String, Line> projectEconomic(Disclosure d) {
        Map<String, Line> m = new LinkedHashMap<>();
        Optional<Table> t7 = d.table(TableId.T7);
        Optional<Row> total = total(d, TableId.T7);
        if (t7.isEmpty() || total.isEmpty()) {
            return m;
        }
        for (Column c : t7.get().columns()) {
            String code = economicCode(c.key());
            if (code != null) {
                m.put(code, side(code, code, c.label(), CodeLevel.CLASS, total.get().cells().get(c.key())));
            }
        }
        cell(total.get(), "total").ifPresent(v -> m.put("~total", side("~total", null, "合计", null, v)));
        return m;
    }

    /** {@code e302} → {@code 302}; null for a column that is no economic class. */
    public static String economicCode(String columnKey) {
        return columnKey != null && columnKey.matches("e\\d{3}") ? columnKey.substring(1) : null;
    }

    private static Map<String, Line> projects(Disclosure d) {
        Map<String, Line> m = new LinkedHashMap<>();
        for (Row r : rows(d, TableId.T7)) {
            if (r.kind() == RowKind.PROJECT && r.projectName() != null && !r.projectName().isBlank()) {
                String key = r.projectName().strip();
                m.putIfAbsent(key, side(key, r.code(), key, null, r.cells().get("total")));
            }
        }
        return m;
    }

    private static Map<String, Line> sangong(Disclosure d) {
        Map<String, Line> m = new LinkedHashMap<>();
        for (Row r : rows(d, TableId.T10)) {
            if ((r.kind() == RowKind.ITEM || r.kind() == RowKind.TOTAL) && r.key() != null) {
                m.putIfAbsent(r.key(), side(r.key(), null, r.name(), null, r.cells().get("total")));
            }
        }
        return m;
    }

    private static List<Row> rows(Disclosure d, TableId id) {
        return d.table(id).map(Table::rows).orElse(List.of());
    }

    private static Optional<Row> total(Disclosure d, TableId id) {
        return d.table(id).flatMap(t -> t.row(r -> r.kind() == RowKind.TOTAL && r.side() != Side.INCOME));
    }

    private static Optional<Money> cell(Row r, String column) {
        return r.cell(column);
    }
}
