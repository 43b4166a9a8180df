package org.budgetdisclosure.ingest.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.IndicatorValue;

/**
 * The indicator rows of a performance target table, read by the column names of its header row
 * (一级指标 | 二级指标 | 三级指标 | 指标值 | 指标设定依据 | 分值权重, and in project tables also 上年完成值,
 * 指标赋分规则, 佐证资料), so a layout with other columns or another order still reads.
 *
 * <p>Rows as the PDF conversion leaves them:
 * <ul>
 *   <li>blank 一级/二级 cells repeat the name above (merged cells);</li>
 *   <li>a row broken by a page leaves a second row that names no indicator and only continues the
 *       previous row's cells (“《…操作指” + “南》”): it is merged into that indicator;</li>
 *   <li>leftovers such as “标 | 标” (the end of a name wrapped out of a merged cell that was already
 *       complete) and “--- | ---” (a markdown rule) are dropped, with a notice.</li>
 * </ul>
 * Every printed name is joined with {@link Texts#joinCjk} (“社会 效益 指标” → 社会效益指标).
 */
final class IndicatorTable {

    enum Column { LEVEL1, LEVEL2, LEVEL3, VALUE, BASIS, LAST_YEAR, WEIGHT, SCORING, EVIDENCE }

    /** Level 1 and 2 names of the national scheme end so (产出指标, 数量指标, 满意度指标). */
    private static final String LEVEL_NAME_END = "指标";

    /** See {@link #isCategoryName}. */
    private static final int MIN_CATEGORY_NAME = 3;

    static final Pattern RULE_CELL = Pattern.compile(":?-{2,}:?");
    static final Pattern WEIGHT = Pattern.compile("^(\\d+(?:\\.\\d+)?)分?$");

    /** The columns a continuation row may not fill where the row it continues has a value. */
    private static final List<Column> SINGLE_VALUED = List.of(Column.VALUE, Column.WEIGHT);

    private static final Column[] COLUMNS = Column.values();

    /** The cell index of each column by its ordinal, -1 for a column the table does not have. */
    private final int[] cellOf;

    private IndicatorTable(int[] cellOf) {
        this.cellOf = cellOf;
    }

    /** The table whose header row this line is; null when it has no 三级指标 and 指标值 columns. */
    static IndicatorTable header(SourceLine line) {
        return header(line, new TargetCells.Row());
    }

    /**
     * {@link #header(SourceLine)}, the line cut with {@code cut}. The names are compared by their keys, built
     * where they stand in the line rather than made into texts first.
     */
    static IndicatorTable header(SourceLine line, TargetCells.Row cut) {
        // it needs a 三级指标 and a 指标值/目标值 column: rows without those characters are no header
        String raw = line.raw();
        if (!line.isTabular() || raw.indexOf('三') < 0 || raw.indexOf('级') < 0 || raw.indexOf('值') < 0) {
            return null;
        }
        cut.reset(line);
        int[] cellOf = new int[COLUMNS.length];
        Arrays.fill(cellOf, -1);
        char[] key = cut.keyBuffer().built();
        for (int i = 0; i < cut.size(); i++) {
            int length = cut.nameKey(i);
            Column c = length >= 0 ? column(key, length) : column(Texts.nameKey(cut.text(i)));
            if (c != null && cellOf[c.ordinal()] < 0) {
                cellOf[c.ordinal()] = i;
            }
        }
        if (cellOf[Column.LEVEL3.ordinal()] < 0 || cellOf[Column.VALUE.ordinal()] < 0) {
            return null;
        }
        return new IndicatorTable(cellOf);
    }

    /** The cell index of column {@code c}, -1 when the table has no such column. */
    int cell(Column c) {
        return cellOf[c.ordinal()];
    }

    /** The column a header name (its {@link Texts#nameKey}) stands for. */
    static Column column(String key) {
        return column(key.toCharArray(), key.length());
    }

    /**
     * The column the header name whose key is {@code k[0, n)} stands for; “依据” is tested before “指标值”
     * because of 指标值设置依据.
     */
    private static Column column(char[] k, int n) {
        if (contains(k, n, "一级")) {
            return Column.LEVEL1;
        } else if (contains(k, n, "二级")) {
            return Column.LEVEL2;
        } else if (contains(k, n, "三级")) {
            return Column.LEVEL3;
        } else if (contains(k, n, "依据")) {
            return Column.BASIS;
        } else if (contains(k, n, "上年")) {
            return Column.LAST_YEAR;
        } else if (contains(k, n, "权重") || is(k, n, "分值") || is(k, n, "指标分值")) {
            return Column.WEIGHT;
        } else if (contains(k, n, "赋分") || contains(k, n, "评分") || contains(k, n, "计分")) {
            return Column.SCORING;
        } else if (contains(k, n, "佐证") || contains(k, n, "证明材料")) {
            return Column.EVIDENCE;
        } else if (startsWith(k, n, 0, "指标值") || startsWith(k, n, 0, "目标值")) {
            return Column.VALUE;
        }
        return null;
    }

    private static boolean contains(char[] k, int n, String word) {
        for (int i = 0; i + word.length() <= n; i++) {
            if (startsWith(k, n, i, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean is(char[] k, int n, String word) {
        return n == word.length() && startsWith(k, n, 0, word);
    }

    private static boolean startsWith(char[] k, int n, int at, String word) {
        if (at + word.length() > n) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            if (k[at + j] != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** Reads the rows after the header row. */
    List<Indicator> read(List<SourceLine> rows, ReadContext ctx) {
        Rows reader = rows(ctx);
        for (SourceLine row : rows) {
            reader.add(row);
        }
        return reader.indicators();
    }

    /** A reader of the rows after the header row, given them one at a time as the region is walked. */
    Rows rows(ReadContext ctx) {
        return new Rows(ctx, new TargetCells.Row(), knownTexts());
    }

    /** A place for the texts each column has printed, for {@link #rows(ReadContext, TargetCells.Row, TargetCells.Known[])}. */
    static TargetCells.Known[] knownTexts() {
        TargetCells.Known[] known = new TargetCells.Known[COLUMNS.length];
        for (int k = 0; k < known.length; k++) {
            known[k] = new TargetCells.Known();
        }
        return known;
    }

    /**
     * {@link #rows(ReadContext)}, the rows cut with {@code cut}, which is lent to it (see {@link TargetFields}),
     * a cell that repeats a text its column has printed before (in this table or another) given that text
     * from {@code known} ({@link #knownTexts()}).
     */
    Rows rows(ReadContext ctx, TargetCells.Row cut, TargetCells.Known[] known) {
        return new Rows(ctx, cut, known);
    }

    /** The indicators read so far, and the category names the next rows inherit. */
    final class Rows {

        private final ReadContext ctx;
        private final List<Draft> drafts = new ArrayList<>();
        private String level1;
        private String level2;
        /** The cells of the last indicator row, whose texts a row repeating them shares; null at first. */
        /** The row being read, cut where it stands in its line. */
        private final TargetCells.Row cut;

        /** The texts printed before, by column ordinal. */
        private final TargetCells.Known[] known;

        private Rows(ReadContext ctx, TargetCells.Row cut, TargetCells.Known[] known) {
            this.ctx = ctx;
            this.cut = cut;
            this.known = known;
        }

        void add(SourceLine row) {
            if (row.isBlank()) {
                return;
            }
            if (!row.isTabular()) {
                ctx.notice("READ-TARGET-TEXT", "绩效目标表中的文字“" + shorten(row.joined()) + "”不是表格行，未读取。", row.number());
                return;
            }
            if (header(row, cut) != null) {
                return; // the header repeated at the top of a new page
            }
            cut.reset(row);
            if (isRule(cut)) {
                ctx.notice("READ-TARGET-ROW-DROPPED", "绩效目标表中的分隔线（转换遗留）已忽略。", row.number());
                return;
            }
            String[] c = cells(cut, known);
            Draft prev = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            boolean names = !get(c, Column.LEVEL1).isEmpty() || !get(c, Column.LEVEL2).isEmpty() || !get(c, Column.LEVEL3).isEmpty();
            if (!names) {
                if (prev != null && prev.accepts(c)) {
                    prev.merge(c);
                    ctx.notice("READ-TARGET-ROW-MERGED", "该行没有指标名称，是上一行跨页断开的续行，已并入第 " + prev.line + " 行的指标。", row.number());
                    return;
                }
                if (get(c, Column.VALUE).isEmpty()) {
                    ctx.notice("READ-TARGET-ROW-DROPPED", "该行没有指标名称和指标值，不是指标，已忽略：“" + shorten(printed(row)) + "”。", row.number());
                    return;
                }
                ctx.warning("READ-TARGET-INDICATOR", "该行有指标值但没有三级指标名称。", row.number());
            } else if (onlyLevelNames(c)) {
                if (completes(level1, get(c, Column.LEVEL1)) && completes(level2, get(c, Column.LEVEL2))) {
                    String full1 = join(level1, get(c, Column.LEVEL1));
                    String full2 = join(level2, get(c, Column.LEVEL2));
                    for (Draft d : drafts) {
                        d.rename(level1, full1, level2, full2);
                    }
                    level1 = full1;
                    level2 = full2;
                    ctx.notice("READ-TARGET-ROW-MERGED", "该行只有上一行指标类别名称的断开部分，已并入上一行。", row.number());
                } else if (isCategoryName(get(c, Column.LEVEL1)) && isCategoryName(get(c, Column.LEVEL2))) {
                    // a merged category cell printed on a row of its own: it heads the rows below
                    String new1 = get(c, Column.LEVEL1);
                    String new2 = get(c, Column.LEVEL2);
                    if (!new2.isEmpty()) {
                        level2 = new2;
                    } else if (!new1.equals(level1)) {
                        level2 = null;
                    }
                    if (!new1.isEmpty()) {
                        level1 = new1;
                    }
                    ctx.notice("READ-TARGET-ROW-MERGED", "该行只有指标类别名称，作为下方各行的类别。", row.number());
                } else {
                    ctx.notice("READ-TARGET-ROW-DROPPED", "该行只有指标类别名称的残片，不是指标，已忽略：“" + shorten(printed(row)) + "”。", row.number());
                }
                return;
            } else if (prev != null && onlyLevel3(c)) {
                prev.append(Column.LEVEL3, get(c, Column.LEVEL3));
                ctx.notice("READ-TARGET-ROW-MERGED", "该行只有三级指标名称的一部分，是上一行跨页断开的续行，已并入第 " + prev.line + " 行的指标。", row.number());
                return;
            }
            String l1 = get(c, Column.LEVEL1).isEmpty() ? level1 : get(c, Column.LEVEL1);
            String l2;
            if (!get(c, Column.LEVEL2).isEmpty()) {
                l2 = get(c, Column.LEVEL2);
            } else if (get(c, Column.LEVEL1).isEmpty() || get(c, Column.LEVEL1).equals(level1)) {
                l2 = level2;
            } else {
                l2 = null; // a new 一级指标 group does not inherit the previous group's 二级指标
            }
            if (l1 == null && cellOf[Column.LEVEL1.ordinal()] >= 0) {
                ctx.warning("READ-TARGET-INDICATOR", "指标行缺少一级指标名称，上方也没有可沿用的名称。", row.number());
            }
            if (l2 == null && cellOf[Column.LEVEL2.ordinal()] >= 0) {
                ctx.warning("READ-TARGET-INDICATOR", "指标行缺少二级指标名称，上方也没有可沿用的名称。", row.number());
            }
            level1 = l1;
            level2 = l2;
            drafts.add(new Draft(row.number(), l1, l2, c));
        }

        /** The indicators of the rows given; the warnings about their values are made here. */
        List<Indicator> indicators() {
            List<Indicator> out = new ArrayList<>(drafts.size());
            for (Draft d : drafts) {
                out.add(d.build(ctx));
            }
            return out;
        }
    }

    /**
     * The row's joined cells ({@link TargetCells}) by column ordinal, every column present ("" where the table
     * has none or the row left it empty), each made only for a column the table has;
     * a text the column has printed before is shared with the rows that printed it.
     */
    private String[] cells(TargetCells.Row cut, TargetCells.Known[] known) {
        String[] c = new String[COLUMNS.length];
        for (int k = 0; k < c.length; k++) {
            int i = cellOf[k];
            c[k] = i < 0 ? "" : cut.text(i, known[k]);
        }
        return c;
    }

    /**
     * Every non-empty cell a markdown rule. A rule cell starts with '-' or ':', which turns indicator rows
     * away at their first cell, before any text is made; a rule cell has no spaces to join.
     */
    private static boolean isRule(TargetCells.Row cells) {
        boolean any = false;
        for (int k = 0; k < cells.size(); k++) {
            char first = cells.first(k);
            if (first == 0) {
                continue;
            }
            if (first != '-' && first != ':' || !cells.isRule(k)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * True when {@link #RULE_CELL} ({@code :?-{2,}:?}) matches {@code s[from, to)} whole; by hand, as the
     * pattern's matcher was most of what the reading of a table's rule row allocated.
     */
    static boolean isRuleText(String s, int from, int to) {
        int i = from;
        if (i < to && s.charAt(i) == ':') {
            i++;
        }
        int dashes = i;
        while (i < to && s.charAt(i) == '-') {
            i++;
        }
        if (i - dashes < 2) {
            return false;
        }
        if (i < to && s.charAt(i) == ':') {
            i++;
        }
        return i == to;
    }

    /** The text of column {@code col} in a row's cells ({@link #cells}). */
    private static String get(String[] cells, Column col) {
        return cells[col.ordinal()];
    }

    private static boolean onlyLevelNames(String[] c) {
        for (Column col : COLUMNS) {
            if (col != Column.LEVEL1 && col != Column.LEVEL2 && !get(c, col).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyLevel3(String[] c) {
        for (Column col : COLUMNS) {
            if (col != Column.LEVEL3 && !get(c, col).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code fragment} is empty, or finishes a category name cut short above: “满意度指” +
     * “标”. A fragment under a name that is already complete is a leftover, not a continuation.
     */
    private static boolean completes(String above, String fragment) {
        if (fragment.isEmpty()) {
            return true;
        }
        return above != null && !above.endsWith(LEVEL_NAME_END) && join(above, fragment).endsWith(LEVEL_NAME_END);
    }

    /**
     * An empty cell, or a whole category name rather than a leftover: leftovers are the last one or
     * two characters of a wrapped name (“标”, “指标”), category names are longer (产出指标, 履职效能).
     */
    private static boolean isCategoryName(String cell) {
        return cell.isEmpty() || cell.length() >= MIN_CATEGORY_NAME;
    }

    private static String join(String a, String b) {
        if (b == null || b.isEmpty()) {
            return a;
        }
        if (a == null || a.isEmpty()) {
            return b;
        }
        return Texts.joinCjk(a + " " + b);
    }

    /**
     * Where group 1 of {@link #WEIGHT} ({@code ^(\d+(?:\.\d+)?)分?$}) ends when the pattern matches
     * {@code printed}, or -1; by hand, as every indicator has a weight. A text holding a line terminator,
     * before which $ also matches, goes through the pattern.
     */
    static int weightEnd(String printed) {
        if (IndicatorValues.hasLineTerminator(printed)) {
            var m = WEIGHT.matcher(printed);
            return m.matches() ? m.end(1) : -1;
        }
        int n = printed.length();
        int p = 0;
        while (p < n && printed.charAt(p) >= '0' && printed.charAt(p) <= '9') {
            p++;
        }
        if (p == 0) {
            return -1;
        }
        if (p + 1 < n && printed.charAt(p) == '.' && printed.charAt(p + 1) >= '0' && printed.charAt(p + 1) <= '9') {
            p += 2;
            while (p < n && printed.charAt(p) >= '0' && printed.charAt(p) <= '9') {
                p++;
            }
        }
        int end = p < n && printed.charAt(p) == '分' ? p + 1 : p;
        return end == n ? p : -1;
    }

    /** A row's cells as a reader would see them in a message: “标 | 标”. */
    private static String printed(SourceLine row) {
        return String.join(" | ", row.cells().stream().map(Texts::joinCjk).toList());
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** An indicator being read: its first row, and what continuation rows added. */
    private static final class Draft {

        final int line;
        String level1;
        String level2;
        /** The row's texts by column ordinal (see {@link #cells}). */
        final String[] cells;

        Draft(int line, String level1, String level2, String[] cells) {
            this.line = line;
            this.level1 = level1;
            this.level2 = level2;
            this.cells = cells; // each row's cells are its own: the draft may add to them
        }

        /** A continuation may add text anywhere, but a value or weight only where this row has none. */
        boolean accepts(String[] more) {
            for (Column single : SINGLE_VALUED) {
                if (!get(more, single).isEmpty() && !get(cells, single).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        void merge(String[] more) {
            for (Column col : COLUMNS) {
                append(col, get(more, col));
            }
        }

        void append(Column col, String text) {
            cells[col.ordinal()] = join(get(cells, col), text);
        }

        void rename(String old1, String new1, String old2, String new2) {
            if (old1 != null && old1.equals(level1)) {
                level1 = new1;
            }
            if (old2 != null && old2.equals(level2)) {
                level2 = new2;
            }
        }

        Indicator build(ReadContext ctx) {
            String printedValue = get(cells, Column.VALUE);
            String name = nullIfEmpty(get(cells, Column.LEVEL3));
            IndicatorValue value = null;
            if (printedValue.isEmpty()) {
                ctx.warning("READ-TARGET-VALUE", "指标“" + name + "”没有指标值。", line);
            } else {
                value = IndicatorValues.understood(printedValue);
                if (value == null) {
                    ctx.warning("READ-TARGET-VALUE", "指标“" + name + "”的指标值“" + printedValue
                            + "”无法解析为“比较符 数值 单位”，只保留原文。", line);
                    value = IndicatorValues.notUnderstood(printedValue);
                }
            }
            return new Indicator(level1, level2, name, value, nullIfEmpty(get(cells, Column.BASIS)),
                    nullIfEmpty(get(cells, Column.LAST_YEAR)), weight(name, ctx), nullIfEmpty(get(cells, Column.SCORING)),
                    nullIfEmpty(get(cells, Column.EVIDENCE)), ctx.at(line));
        }

        private BigDecimal weight(String name, ReadContext ctx) {
            String cell = get(cells, Column.WEIGHT);
            String printed = cell.indexOf(' ') < 0 ? cell : cell.replace(" ", ""); // a weight is mostly digits alone
            if (printed.isEmpty()) {
                ctx.warning("READ-TARGET-WEIGHT", "指标“" + name + "”没有分值权重。", line);
                return null;
            }
            int end = weightEnd(printed);
            if (end < 0) {
                ctx.warning("READ-TARGET-WEIGHT", "指标“" + name + "”的分值权重“" + printed + "”不是数值，未读取。", line);
                return null;
            }
            return IndicatorValues.number(printed, 0, end);
        }

        private static String nullIfEmpty(String s) {
            return s == null || s.isEmpty() ? null : s;
        }
    }
}
