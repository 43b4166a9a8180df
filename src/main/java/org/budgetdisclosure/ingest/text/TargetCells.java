package org.budgetdisclosure.ingest.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

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
        Row row = new Row().reset(line);
        String[] out = new String[row.size()];
        for (int k = 0; k < out.length; k++) {
            Known known = new Known();
            if (k < above.length && !above[k].isEmpty()) {
                known.add(above[k]);
            }
            out[k] = row.text(k, known);
        }
        return out;
    }

    /**
     * The last few texts a column of the target tables has printed: a cell that repeats one of them is
     * given that String rather than a copy of its own. The columns 指标值设置依据, 指标赋分规则, 佐证资料 and
     * 上年完成值 repeat a handful of phrases (计划标准, 按照完成比例赋分, 工作资料, /) down every table.
     * Kept by the reader of one document's tables, which is confined to one thread.
     */
    static final class Known {

        private final String[] texts = new String[8];
        /**
         * Each text's {@link #shape}, parallel to {@link #texts}: a cell is compared with these numbers, kept
         * side by side, before any text is looked at. Comparing each text's length and first character meant
         * loading every text and its characters for every cell, and showed as the hottest line of the reader.
         */
        private final long[] shapes = new long[8];
        private int count;
        /** Where the next text goes once all places are taken: the oldest is forgotten. */
        private int next;

        /** The length and the first and last characters of a text of {@code length} characters, in one number. */
        private static long shape(int length, char first, char last) {
            return (long) length << 32 | (long) first << 16 | last;
        }

        /** The known text that is {@code s[from, to)}, or null. */
        String find(String s, int from, int to) {
            int length = to - from;
            if (length == 0) {
                return null; // "" is never made, so never known
            }
            long shape = shape(length, s.charAt(from), s.charAt(to - 1));
            for (int i = 0; i < count; i++) {
                if (shapes[i] == shape && s.regionMatches(from, texts[i], 0, length)) {
                    return texts[i];
                }
            }
            return null;
        }

        /** The known text that is {@code a[from, to)}, or null. */
        String find(char[] a, int from, int to) {
            int length = to - from;
            if (length == 0) {
                return null;
            }
            long shape = shape(length, a[from], a[to - 1]);
            for (int i = 0; i < count; i++) {
                if (shapes[i] == shape && same(texts[i], a, from)) {
                    return texts[i];
                }
            }
            return null;
        }

        private static boolean same(String t, char[] a, int from) {
            for (int j = 0; j < t.length(); j++) {
                if (t.charAt(j) != a[from + j]) {
                    return false;
                }
            }
            return true;
        }

        /** {@code text}, now known. */
        String add(String text) {
            if (text.isEmpty()) {
                return text; // never found (see find): not worth a place
            }
            int at;
            if (count < texts.length) {
                at = count++;
            } else {
                at = next;
                next = (next + 1) % texts.length;
            }
            texts[at] = text;
            shapes[at] = shape(text.length(), text.charAt(0), text.charAt(text.length() - 1));
            return text;
        }
    }

    /**
     * The cells of one row as stretches of its raw line, each made into its text ({@link #of}) only when
     * asked: the readers only look at most cells (is it empty, is it a label, how does it start), and a
     * cell that is only looked at is then never copied. One is reset for each row by the reader of one
     * table, which is confined to one thread.
     */
    static final class Row {

        private String raw;
        /** Cell k is {@code raw[starts[k], starts[k + 1] - 1)}. */
        private int[] starts = new int[16];
        private int size;
        /** The joined cells of a line whose cells are not cut from the raw line ({@link #cutFromRaw}), else null. */
        private String[] cut;
        /**
         * Where a cell with spaces to join or markup to take out is put together before it is made a String:
         * one per row reader rather than one per such cell, as goal cells run to a thousand characters.
         */
        private char[] scratch;
        /** Where the keys of its cells are built; made when first asked for. */
        private TargetFields.KeyBuffer key;

        /** This row, now holding the cells of {@code line}. */
        Row reset(SourceLine line) {
            String s = line.raw();
            raw = s;
            if (!cutFromRaw(s)) {
                List<String> cells = line.cells();
                String[] out = new String[cells.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = Texts.joinCjk(cells.get(i));
                }
                cut = out;
                size = out.length;
                return this;
            }
            cut = null;
            int n = s.length();
            if (n == 0) {
                size = 0;
                return this;
            }
            int k = 0;
            starts[0] = 0;
            for (int t = s.indexOf('\t'); t >= 0; t = s.indexOf('\t', t + 1)) {
                if (k + 2 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[++k] = t + 1;
            }
            starts[k + 1] = n + 1;
            size = k + 1;
            return this;
        }

        /** How many cells; trailing empty ones may be counted. */
        int size() {
            return size;
        }

        /** The text of cell {@code k}, "" past the end. */
        String text(int k) {
            return text(k, null);
        }

        /**
         * The text of cell {@code k}, "" past the end; one of the {@code known} texts when it is that, else
         * a new one, which is then known too.
         */
        String text(int k, Known known) {
            if (k >= size) {
                return "";
            }
            if (cut != null) {
                return cut[k];
            }
            int from = starts[k];
            int to = starts[k + 1] - 1;
            return plainCell(raw, from, to, known);
        }

        /** The buffer the readers of this row build the keys of its cells in. */
        TargetFields.KeyBuffer keyBuffer() {
            if (key == null) {
                key = new TargetFields.KeyBuffer();
            }
            return key;
        }

        /**
         * {@link Texts#nameKey}{@code (text(k))} built in {@link #keyBuffer()}'s {@link TargetFields.KeyBuffer#built()}
         * without making the text: its length, or -1 when the text has to be made ({@link #text}) for it.
         */
        int nameKey(int k) {
            if (k >= size) {
                return 0;
            }
            if (cut != null) {
                return -1;
            }
            return keyBuffer().nameKey(raw, starts[k], starts[k + 1] - 1, true);
        }

        /** {@link #scratch}, at least {@code n} long. */
        private char[] scratch(int n) {
            if (scratch == null || scratch.length < n) {
                scratch = new char[Math.max(n, scratch == null ? 64 : scratch.length * 2)];
            }
            return scratch;
        }

        /** The first character of {@link #text(int)}, 0 when it is empty; found without making the text. */
        char first(int k) {
            if (k >= size) {
                return 0;
            }
            if (cut != null) {
                return cut[k].isEmpty() ? 0 : cut[k].charAt(0);
            }
            int at = firstKept(raw, starts[k], starts[k + 1] - 1, true);
            return at < 0 ? 0 : raw.charAt(at);
        }

        /**
         * True when the text of cell {@code k} is a markdown rule cell ({@link IndicatorTable#isRuleText}):
         * read off the raw line when the cell is only dashes and colons, as a rule cell is, without making its text.
         */
        boolean isRule(int k) {
            if (k >= size) {
                return false; // "" is no rule
            }
            if (cut == null) {
                int from = starts[k];
                int to = starts[k + 1] - 1;
                while (from < to && Texts.isWhitespace(raw.charAt(from))) {
                    from++;
                }
                while (to > from && Texts.isWhitespace(raw.charAt(to - 1))) {
                    to--;
                }
                if (onlyDashesAndColons(raw, from, to)) {
                    return IndicatorTable.isRuleText(raw, from, to); // no markup or space: the text is this stretch
                }
            }
            String t = text(k);
            return IndicatorTable.isRuleText(t, 0, t.length());
        }

        private static boolean onlyDashesAndColons(String s, int from, int to) {
            for (int i = from; i < to; i++) {
                if (s.charAt(i) != '-' && s.charAt(i) != ':') {
                    return false;
                }
            }
            return true;
        }

        /** True when {@link #text(int)} is "". */
        boolean isEmpty(int k) {
            return first(k) == 0;
        }

        /**
         * True when {@code bold} is found in cell {@code k} as the raw line prints it, the line cut at its tabs
         * ({@code raw.split("\t", -1)[k]}, false past the end): the cell's markup before it is taken out.
         */
        boolean isBold(int k, Pattern bold) {
            if (cut != null) {
                String[] rawCells = raw.split("\t", -1); // not cut from the raw line: rare, the long way
                return k < rawCells.length && bold.matcher(rawCells[k]).find();
            }
            if (k >= size) {
                return false; // split keeps every cell, so a cell past the cut ones is past the end there too
            }
            int from = starts[k];
            int to = starts[k + 1] - 1;
            for (int i = from; i < to; i++) {
                char c = raw.charAt(i);
                if (c == '<' || c == '*') {
                    // the pattern's bounds are the cell's: what it would find in the cell alone
                    return bold.matcher(raw).region(i, to).find();
                }
            }
            return false;
        }

        /**
         * The label cell {@code k} names ({@link TargetFields#named}), read off the raw line where the
         * cells are cut from it.
         */
        TargetFields.Label named(int k, TargetFields.KeyBuffer key) {
            if (k >= size) {
                return null;
            }
            if (cut != null) {
                return key.named(cut[k]);
            }
            return key.named(raw, starts[k], starts[k + 1] - 1, true, this, k);
        }

        /**
         * {@code joinCjk(s.substring(from, to).strip())} for a cell without markup or no-break spaces: a
         * substring when no space is left inside, or the {@code known} text that it is. The pass that looks
         * for spaces to join also looks for markup and no-break spaces, and a cell holding one is a {@link #markedCell}.
         */
        private String plainCell(String s, int from, int to, Known known) {
            while (from < to && Texts.isWhitespace(s.charAt(from))) {
                from++;
            }
            while (to > from && Texts.isWhitespace(s.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                return "";
            }
            boolean spaces = false;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                // the characters looked for are all at or below U+3000, the ideographs a cell is mostly made of above it
                if (c <= '\u3000') {
                    if (c == ' ' || c == '\u3000') {
                        spaces = true;
                    } else if (c == '<' || c == '*' || c == '\u00a0') {
                        // stripped already: the spaces around the cell are no part of its markup
                        return markedCell(s, from, to, known);
                    }
                }
            }
            return cut(s, from, to, known, spaces);
        }

        /**
         * The stripped text {@code s[from, to)}, which holds no markup or no-break space: joined in the
         * scratch where {@code spaces} (a space or ideographic space stands inside it), else cut out or the
         * {@code known} text that it is.
         */
        private String cut(String s, int from, int to, Known known, boolean spaces) {
            if (spaces) {
                char[] a = scratch(to - from);
                s.getChars(from, to, a, 0);
                return made(a, 0, joinInPlace(a, 0, to - from), known);
            }
            if (known == null) {
                return s.substring(from, to);
            }
            String k = known.find(s, from, to);
            return k != null ? k : known.add(s.substring(from, to));
        }

        /** The text {@code a[from, to)}: a known one, or a new one then known. */
        private static String made(char[] a, int from, int to, Known known) {
            if (known == null) {
                return new String(a, from, to - from);
            }
            String k = known.find(a, from, to);
            return k != null ? k : known.add(new String(a, from, to - from));
        }

        /**
         * A cell with markup or no-break spaces, as SourceLine cleans it and joinCjk joins it: tags and
         * {@code **} removed ({@link Markup#remove} on the cell alone), no-break spaces read as spaces,
         * stripped, then joined; all in one array.
         */
        private String markedCell(String s, int from, int to, Known known) {
            // mostly the markup only wraps the text (“<b>部门名称</b>”, “<p>…</p>”): the text is then one
            // stretch of the line, cut out as a plain cell is. Found without copying: the first and last
            // character kept that is no space, and whether markup or a no-break space stands between them.
            int first = -1;
            int last = -1;
            int markupAfterFirst = -1;
            int spaceAfterFirst = -1; // the first space or ideographic space after the first character kept
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
                } else if ((c == ' ' || c == '\u3000') && first >= 0 && spaceAfterFirst < 0) {
                    spaceAfterFirst = i;
                }
                i++;
            }
            if (!between) {
                // the text is s[first, last]: no markup inside it, and this walk has seen whether a space
                // stands inside it, so it is not walked again to find out
                return first < 0 ? "" : cut(s, first, last + 1, known, spaceAfterFirst >= 0 && spaceAfterFirst < last);
            }
            return copiedCell(s, from, to, known);
        }

        /** {@link #markedCell} the long way, for text that markup or a no-break space breaks up. */
        private String copiedCell(String s, int from, int to, Known known) {
            char[] a = scratch(to - from);
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
            return made(a, start, joinInPlace(a, start, length), known);
        }
    }

    /**
     * Where the text of the cell {@code s[from, to)} starts: its first character that is no whitespace
     * and no no-break space (both stripped) and not inside markup (removed); -1 when there is none.
     */
    static int firstKept(String s, int from, int to, boolean markup) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (markup && (c == '<' || c == '*')) {
                int end = Markup.end(s, i);
                if (end > i && end <= to) {
                    i = end;
                    continue;
                }
            }
            if (c != '\u00a0' && !Texts.isWhitespace(c)) {
                return i;
            }
            i++;
        }
        return -1;
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
