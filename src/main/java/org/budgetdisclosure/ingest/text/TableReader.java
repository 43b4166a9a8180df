package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.FixedList;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.Table;

/**
 * Reads one of the twelve tables from its region. The region's lines are sorted into the
 * 编制部门/单位 lines, the header (possibly several lines, possibly repeated where the table
 * continues on a new page), the data rows and the text after the table (the “…为空表。” sentence
 * of an empty table). The header gives the layout ({@link TableLayout}), the layout and the table's
 * profile ({@link TableProfiles}) give typed rows ({@link TableRowReader}).
 */
final class TableReader {

    static final Pattern PREPARED_BY = Pattern.compile(
            "^编制(?:部门|单位)\\s*[:：]\\s*(.*?)\\s*(?:(?:金额)?单位\\s*[:：]\\s*(\\S+))?$");
    static final Pattern UNIT = Pattern.compile("^(?:金额)?单位\\s*[:：]\\s*(\\S+)$");
    private static final Pattern CONTINUED = Pattern.compile("^[（(]?续表?[）)]?\\d*$");
    private static final String EMPTY_TABLE = "为空表";
    private static final String EXPECTED_UNIT = "万元";

    private TableReader() {
    }

    static Table read(Segments.TableRegion region, ReadContext ctx) {
        TableProfile profile = TableProfiles.of(region.id());
        LineCells cells = new LineCells(); // for every line of the table: cut when sorted, the data lines' kept to be read
        Parts parts = sort(region, profile, ctx, cells);
        TableLayout layout = TableLayout.fromHeader(parts.header, profile, ctx).orElse(null);
        if (layout == null) {
            int at = parts.header.isEmpty() ? region.title().number() : parts.header.get(0).number();
            ctx.warning("READ-HEADER", region.id().label() + (parts.header.isEmpty() ? " 找不到表头" : " 的表头认不出本表的列")
                    + "，按全国统一格式的列顺序读取。", at);
            layout = TableLayout.standard(profile);
        }
        TableRowReader rows = new TableRowReader(profile, layout, ctx, cells);
        FixedList.Builder<Row> out = new FixedList.Builder<>(parts.data.size() * layout.halves().size());
        for (int i = 0; i < parts.data.size(); i++) { // indexed: no iterator per table
            rows.read(parts.data.get(i), i, out);
        }
        checkUnit(parts, region, ctx);
        return new Table(region.id(), region.number(), region.title().joined(), parts.preparedBy, parts.unit,
                layout.columns(), out.build(), parts.emptyStatement, ctx.at(region.title().number()));
    }

    /** The region's lines by what they are. */
    private static final class Parts {
        String preparedBy;
        String unit;
        int unitLine;
        final List<SourceLine> header = new ArrayList<>();
        /** As long as the region: most of its lines are data, and a list grown line by line copied itself over and over. */
        final List<SourceLine> data;
        String emptyStatement;

        Parts(int lines) {
            data = new ArrayList<>(lines);
        }
    }

    private static Parts sort(Segments.TableRegion region, TableProfile profile, ReadContext ctx, LineCells cells) {
        Parts parts = new Parts(region.lines().size());
        List<SourceLine> paragraph = new ArrayList<>();
        List<SourceLine> lines = region.lines();
        for (int i = 0; i < lines.size(); i++) { // indexed: the region's list is a view, whose iterator showed in profiles
            SourceLine l = lines.get(i);
            if (l.isBlank()) {
                flush(paragraph, parts, region, ctx);
                continue;
            }
            if (!l.isTabular()) {
                if (!readPreparedByOrUnit(l, parts) && !isContinued(l)) {
                    paragraph.add(l);
                }
                continue;
            }
            flush(paragraph, parts, region, ctx);
            if (cells.cut(l).allEmpty()) {
                continue;
            }
            if (isHeader(cells, profile)) {
                if (parts.data.isEmpty()) {
                    parts.header.add(l);
                } else if (!repeatsHeader(l, parts.header)) {
                    // a page's repeated header is skipped; one that differs from the first page's is worth a look
                    ctx.notice("READ-HEADER-REPEAT", region.id().label() + " 续页的表头与首页不同，已跳过：" + l.joined(), l.number());
                }
                continue;
            }
            parts.data.add(l);
            cells.keep(); // the line's ranges kept, in step with data: read without cutting it again
        }
        flush(paragraph, parts, region, ctx);
        return parts;
    }

    /** “续表”, “（续）”: the pattern only where a 续 is printed. */
    private static boolean isContinued(SourceLine l) {
        return l.text().indexOf('续') >= 0 && CONTINUED.matcher(Texts.nameKey(l.text())).matches();
    }

    /** 编制部门：… and 单位：万元, on their own lines or on one; repeated on every page, read once. */
    private static boolean readPreparedByOrUnit(SourceLine l, Parts parts) {
        char first = l.firstChar(); // the joined text starts with it too
        if (first != '编' && first != '单' && first != '金') {
            return false;
        }
        String text = l.joined();
        String[] m = text.startsWith("编制") ? preparedBy(text) : null;
        if (m != null) {
            if (parts.preparedBy == null) {
                parts.preparedBy = m[0];
            }
            if (m[1] != null && parts.unit == null) {
                parts.unit = m[1];
                parts.unitLine = l.number();
            }
            return true;
        }
        String u = text.startsWith("单位") || text.startsWith("金额") ? unit(text) : null;
        if (u != null) {
            if (parts.unit == null) {
                parts.unit = u;
                parts.unitLine = l.number();
            }
            return true;
        }
        return false;
    }

    /*
     * PREPARED_BY and UNIT matched by hand (the first's lazy name followed by optional parts backtracks at
     * every character); a text holding a line terminator, which their dots and ends treat specially, goes
     * through the patterns. PhraseMatchersTest holds the two to the patterns.
     */

    /** Groups 1 and 2 of {@link #PREPARED_BY} matching the whole text, or null. */
    static String[] preparedBy(String text) {
        if (hasLineTerminator(text)) {
            Matcher m = PREPARED_BY.matcher(text);
            return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
        }
        int n = text.length();
        if (!text.startsWith("编制") || !text.startsWith("部门", 2) && !text.startsWith("单位", 2)) {
            return null;
        }
        int p = ProseText.skipSpaces(text, 4);
        if (p >= n || text.charAt(p) != ':' && text.charAt(p) != '：') {
            return null;
        }
        int start = ProseText.skipSpaces(text, p + 1);
        // the shortest name after which spaces and an optional “(金额)单位：X” end the text
        for (int e = start; e <= n; e++) {
            int j = ProseText.skipSpaces(text, e);
            String unit = unitAt(text, j);
            if (unit != null) {
                return new String[] {text.substring(start, e), unit};
            }
            if (j == n) {
                return new String[] {text.substring(start, e), null};
            }
        }
        return null;
    }

    /** Group 1 of {@link #UNIT} matching the whole text, or null. */
    static String unit(String text) {
        if (hasLineTerminator(text)) {
            Matcher u = UNIT.matcher(text);
            return u.matches() ? u.group(1) : null;
        }
        return unitAt(text, 0);
    }

    /** {@code (?:金额)?单位\s*[:：]\s*(\S+)} from {@code i} to the end: group 1, or null. */
    private static String unitAt(String text, int i) {
        int n = text.length();
        int p = text.startsWith("金额单位", i) ? i + 4 : text.startsWith("单位", i) ? i + 2 : -1;
        if (p < 0) {
            return null;
        }
        p = ProseText.skipSpaces(text, p);
        if (p >= n || text.charAt(p) != ':' && text.charAt(p) != '：') {
            return null;
        }
        p = ProseText.skipSpaces(text, p + 1);
        if (p >= n) {
            return null;
        }
        for (int k = p; k < n; k++) {
            if (ProseText.isRegexSpace(text.charAt(k))) {
                return null;
            }
        }
        return text.substring(p);
    }

    private static boolean hasLineTerminator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * A header line holds no amount and no code, does not start with a total or a known item label
     * (the empty rows of 表10 or 表1 look like headers otherwise), and names at least one heading of
     * the table.
     */
    static boolean isHeader(SourceLine l, TableProfile profile) {
        return isHeader(new LineCells().cut(l), profile);
    }

    /** {@link #isHeader(SourceLine, TableProfile)} of the line {@code cells} were cut from. */
    private static boolean isHeader(LineCells cells, TableProfile profile) {
        int first = -1;
        // the cheap tests first, over all cells and in place: a data row is turned away before any cell
        // becomes a string or a label is normalised
        for (int i = 0; i < cells.count(); i++) { // runs for every line of every table
            if (cells.isEmpty(i)) {
                continue;
            }
            if (cells.startsWithCode(i) || Money.isAmount(cells.text(i), cells.from(i), cells.to(i))) {
                return false;
            }
            if (first < 0) {
                first = i;
            }
        }
        if (first < 0) {
            return false;
        }
        String label = cells.cell(first);
        if (TableLabels.isTotal(label) || profile.items().knows(label)) {
            return false;
        }
        for (int i = first; i < cells.count(); i++) {
            if (!cells.isEmpty(i) && profile.isHeaderWord(i == first ? label : cells.cell(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when a header line prints the same cells (as {@link TableLabels#norm} keys) as the line. */
    private static boolean repeatsHeader(SourceLine l, List<SourceLine> header) {
        for (SourceLine h : header) {
            if (sameNormCells(l.cells(), h.cells())) {
                return true;
            }
        }
        return false;
    }

    /** Cell by cell, with no list of keys built: a repeated header is met on every page of a long table. */
    private static boolean sameNormCells(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (!x.equals(y) && !TableLabels.norm(x).equals(TableLabels.norm(y))) {
                return false;
            }
        }
        return true;
    }

    /** Text after (or inside) a table: the empty-table sentence, or something else worth a notice. */
    private static void flush(List<SourceLine> paragraph, Parts parts, Segments.TableRegion region, ReadContext ctx) {
        if (paragraph.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder();
        for (SourceLine l : paragraph) {
            b.append(l.joined());
        }
        String text = Texts.joinCjk(b.toString());
        int line = paragraph.get(0).number();
        paragraph.clear();
        String bare = text.endsWith("。") ? text.substring(0, text.length() - 1) : text;
        if (bare.endsWith(EMPTY_TABLE) && parts.emptyStatement == null) {
            parts.emptyStatement = text;
        } else {
            ctx.notice("READ-TABLE-TEXT", region.id().label() + " 中有表外文字，未读取：" + text, line);
        }
    }

    private static void checkUnit(Parts parts, Segments.TableRegion region, ReadContext ctx) {
        if (parts.unit == null) {
            ctx.notice("READ-TABLE-UNIT", region.id().label() + " 没有注明金额单位，按万元读取。", region.title().number());
        } else if (!Texts.nameKey(parts.unit).equals(EXPECTED_UNIT)) {
            ctx.warning("READ-TABLE-UNIT", region.id().label() + " 的金额单位是“" + parts.unit + "”，不是万元；金额按原样读取。",
                    parts.unitLine);
        }
    }
}
