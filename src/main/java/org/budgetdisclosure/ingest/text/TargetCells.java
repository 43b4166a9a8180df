package org.budgetdisclosure.ingest.text;

import java.util.List;

/**
 * The cells of a row of a performance target table as the target readers use them: each cell as
 * {@link Texts#joinCjk}{@code (line.cell(i))}, cut straight out of the raw line with one copy where
 * the cell needs no cleaning.
 *
 * <p>Why not {@link SourceLine#cells()}: every cell was then copied there, and copied again by
 * {@code joinCjk}, and the goal cells of these tables run to a thousand characters (a marked-up one
 * was copied five times). Lines whose cells are not simply the raw line cut at tabs (a heading or list
 * marker, a byte-order mark) still go through {@link SourceLine#cells()}.
 */
final class TargetCells {

    /** No cells. */
    static final String[] NONE = {};

    private TargetCells() {
    }

    /** The joined cells of {@code line}; trailing empty cells may be kept (read past the end as ""). */
    static String[] of(SourceLine line) {
        return of(line, NONE);
    }

    /**
     * {@link #of(SourceLine)}, taking a cell's text from {@code above} (the cells of the row above, as
     * this gives them) where it is the same there: columns such as 指标值设置依据, 指标赋分规则 and 佐证资料
     * repeat one phrase down the table, which is then kept once rather than once per row.
     */
    static String[] of(SourceLine line, String[] above) {
        String raw = line.raw();
        if (!cutFromRaw(raw)) {
            List<String> cells = line.cells();
            String[] out = new String[cells.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = Texts.joinCjk(cells.get(i));
            }
            return out;
        }
        int n = raw.length();
        if (n == 0) {
            return NONE;
        }
        // markup and no-break spaces are looked for in the whole line first: most rows have none
        boolean plain = raw.indexOf('<') < 0 && raw.indexOf('*') < 0 && raw.indexOf('\u00a0') < 0;
        int tabs = 0;
        for (int t = raw.indexOf('\t'); t >= 0; t = raw.indexOf('\t', t + 1)) {
            tabs++;
        }
        String[] out = new String[tabs + 1];
        int from = 0;
        for (int k = 0; k <= tabs; k++) {
            int to = k < tabs ? raw.indexOf('\t', from) : n;
            String same = k < above.length ? above[k] : null;
            out[k] = plain || SourceLine.isPlain(raw, from, to) ? plainCell(raw, from, to, same) : markedCell(raw, from, to);
            from = to + 1;
        }
        return out;
    }

    /**
     * True when {@link SourceLine} cuts the cells out of the raw line itself: no byte-order mark, and no
     * heading ({@code #}) or list ({@code - }) marker after the leading spaces that it would take off.
     */
    static boolean cutFromRaw(String raw) {
        if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
            return false;
        }
        int i = 0;
        while (i < raw.length() && Texts.isWhitespace(raw.charAt(i))) {
            i++;
        }
        if (i == raw.length()) {
            return true;
        }
        char c = raw.charAt(i);
        return c != '#' && !(c == '-' && i + 1 < raw.length() && raw.charAt(i + 1) == ' ');
    }

    /**
     * {@code joinCjk(s.substring(from, to).strip())}: a substring when no space is left inside, or
     * {@code same} when the stripped text is that (joinCjk leaves its own results as they are).
     */
    private static String plainCell(String s, int from, int to, String same) {
        while (from < to && Texts.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Texts.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return "";
        }
        if (same != null && same.length() == to - from && s.regionMatches(from, same, 0, to - from)) {
            return same;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\u3000') {
                char[] a = new char[to - from];
                s.getChars(from, to, a, 0);
                return new String(a, 0, joinInPlace(a, 0, a.length));
            }
        }
        return s.substring(from, to);
    }

    /**
     * A cell with markup or no-break spaces, as SourceLine cleans it and joinCjk joins it: tags and
     * {@code **} removed ({@link Markup#remove} on the cell alone), no-break spaces read as spaces,
     * stripped, then joined; all in one array.
     */
    private static String markedCell(String s, int from, int to) {
        // mostly the markup only wraps the text (“<b>部门名称</b>”, “<p>…</p>”): the text is then one
        // stretch of the line, cut out as a plain cell is. Found without copying: the first and last
        // character kept that is no space, and whether markup or a no-break space stands between them.
        int first = -1;
        int last = -1;
        int markupAfterFirst = -1;
        boolean between = false;
        int i = from;
        while (i < to && !between) {
            char c = s.charAt(i);
            if (c == '<' || c == '*') {
                int end = Markup.end(s, i);
                if (end > i && end <= to) {
                    if (first >= 0 && markupAfterFirst < 0) {
                        markupAfterFirst = i;
                    }
                    i = end;
                    continue;
                }
            }
            if (c == '\u00a0') {
                between = first >= 0; // a no-break space before the text is stripped with the other spaces
            } else if (!Texts.isWhitespace(c)) {
                between = markupAfterFirst >= 0;
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
            i++;
        }
        if (!between) {
            return first < 0 ? "" : plainCell(s, first, last + 1, null);
        }
        return copiedCell(s, from, to);
    }

    /** {@link #markedCell} the long way, for text that markup or a no-break space breaks up. */
    private static String copiedCell(String s, int from, int to) {
        char[] a = new char[to - from];
        int length = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '<' || c == '*') {
                // Markup.end looks at the whole line: markup of the cell alone is what ends inside it
                int end = Markup.end(s, i);
                if (end > i && end <= to) {
                    i = end;
                    continue;
                }
            }
            a[length++] = c == '\u00a0' ? ' ' : c;
            i++;
        }
        int start = 0;
        while (start < length && Texts.isWhitespace(a[start])) {
            start++;
        }
        while (length > start && Texts.isWhitespace(a[length - 1])) {
            length--;
        }
        if (start == length) {
            return "";
        }
        return new String(a, start, joinInPlace(a, start, length) - start);
    }

    /**
     * {@link Texts#joinCjk} over {@code a[from, n)} written back into {@code a} from {@code from}; where
     * the result ends. In place is safe: what is written never runs ahead of what is read.
     */
    static int joinInPlace(char[] a, int from, int n) {
        int length = from;
        int i = from;
        while (i < n) {
            char c = a[i];
            if (c == ' ' || c == '\u3000' || c == '\u00a0') {
                int j = i;
                while (j < n && (a[j] == ' ' || a[j] == '\u3000' || a[j] == '\u00a0')) {
                    j++;
                }
                boolean cjkBefore = length > from && Texts.isCjk(a[length - 1]);
                boolean cjkAfter = j < n && Texts.isCjk(a[j]);
                if (!(cjkBefore || cjkAfter) && length > from && j < n) {
                    a[length++] = ' ';
                }
                i = j;
            } else {
                a[length++] = c;
                i++;
            }
        }
        return length;
    }
}
