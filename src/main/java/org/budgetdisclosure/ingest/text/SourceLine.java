package org.budgetdisclosure.ingest.text;

import java.util.List;

/**
 * One line of the input with its 1-based number, its markup read off and its tab-separated cells.
 *
 * <p>A class rather than a record so that what only some readers ask for is worked out when first
 * asked: the cells (only table rows need them) and the joined text. Every line of the file becomes one
 * of these, so {@link #of} reads the line in as few passes as it can.
 */
public final class SourceLine {

    private final int number;
    private final String raw;
    /** The text; for a table row, which few readers ask for, null until first asked. */
    private String text;
    private final int headingLevel;
    /** The line without heading and list markers, which the cells are cut from. */
    private final String body;
    private final int tabs;
    /**
     * The line's yes/no facts as bits ({@link #BLANK} …): one byte rather than six booleans makes each
     * line, of which a file has hundreds, 8 bytes smaller.
     */
    private final byte facts;
    private List<String> cells;
    private String joined;

    /** The text is empty, known without building it. */
    private static final int BLANK = 1;
    private static final int LIST_ITEM = 2;
    private static final int BOLD = 4;
    private static final int TABULAR = 8;
    /** {@code body} holds no markup and no no-break space: its cells are cut straight out of it. */
    private static final int PLAIN = 16;
    private static final int NBSP = 32;

    private SourceLine(int number, String raw, String text, boolean blank, int headingLevel, boolean listItem, boolean bold,
                       boolean tabular, String body, boolean plain, boolean nbsp, int tabs) {
        this.number = number;
        this.raw = raw;
        this.text = text;
        this.headingLevel = headingLevel;
        this.body = body;
        this.tabs = tabs;
        this.facts = (byte) ((blank ? BLANK : 0) | (listItem ? LIST_ITEM : 0) | (bold ? BOLD : 0) | (tabular ? TABULAR : 0)
                | (plain ? PLAIN : 0) | (nbsp ? NBSP : 0));
    }

    private boolean has(int fact) {
        return (facts & fact) != 0;
    }

    public static SourceLine of(int number, String raw) {
        return of(number, raw, count(raw, '\t'), raw.indexOf('<') >= 0 || raw.indexOf('*') >= 0, raw.indexOf('\u00a0') >= 0, true);
    }

    /**
     * The line {@code raw}, given what a scan of it found (see {@link LineMarks}), so that the reading
     * need not look for it again.
     *
     * @param tabs   how many tabs {@code raw} holds
     * @param markup it holds a '<' or a '*', where a tag may start
     * @param nbsp   it holds a no-break space
     * @param spaces it may hold two spaces in a row (false only when it surely does not)
     */
    static SourceLine of(int number, String raw, int tabs, boolean markup, boolean nbsp, boolean spaces) {
        // the markers taken off the front (a byte order mark, leading whitespace, #) hold no '<', '*' or
        // no-break space, so only the count of tabs can differ between the line and what is left of it
        int rawTabs = tabs;
        int n = raw.length();
        int from = n > 0 && raw.charAt(0) == '\uFEFF' ? 1 : 0;
        int lead = from;
        while (lead < n && Texts.isWhitespace(raw.charAt(lead))) {
            lead++;
        }
        int level = 0;
        while (lead + level < n && raw.charAt(lead + level) == '#') {
            level++;
        }
        String s = raw;
        if (level > 0 && (lead + level == n || raw.charAt(lead + level) == ' ')) {
            s = raw.substring(lead + level);
            if (tabs > 0) {
                tabs = count(s, '\t');
            }
        } else {
            level = 0;
            if (from > 0) {
                s = raw.substring(from);
            }
        }
        n = s.length();
        boolean bold = markup && Markup.find(s);
        boolean list = false;
        // a list item is a line whose stripped text starts with "- "
        int first = s == raw ? lead : 0;
        while (first < n && Texts.isWhitespace(s.charAt(first))) {
            first++;
        }
        if (first + 1 < n && s.charAt(first) == '-' && s.charAt(first + 1) == ' ') {
            int end = n;
            while (end > first && Texts.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            if (first + 1 < end) {
                list = true;
                s = s.substring(first + 2, end);
                if (tabs > 0 || markup) { // stripping may have taken tabs off the ends, and markup is looked for again
                    tabs = 0;
                    markup = false;
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (c == '\t') {
                            tabs++;
                        } else if (c == '<' || c == '*') {
                            markup = true;
                        }
                    }
                }
            }
        }
        boolean plain = !nbsp && !markup;
        String text = null;
        boolean blank;
        if (tabs == 0) {
            // a line without tabs is its one cell
            // without markup stripping the ends cannot bring two spaces together
            text = plain ? stripped(s, 0, s.length()) : strip(s, nbsp);
            if (spaces || !plain) {
                text = collapseSpaces(text);
            }
            blank = text.isEmpty();
        } else if (!list && (plain || hasSolid(s))) {
            // a table row: its text is built when asked for; whether it is blank is known already (a
            // list item, whose marker was cut off, goes the long way)
            blank = !hasContent(s);
        } else {
            text = tabbedText(s, plain, nbsp);
            blank = text.isEmpty();
        }
        boolean tabular = rawTabs > 0;
        return new SourceLine(number, raw, text, blank, level, list, bold, tabular, s, plain, nbsp, tabs);
    }

    /** How many times {@code c} occurs in {@code s}: an indexOf turns away most lines, a plain count does the rest. */
    private static int count(String s, char c) {
        int first = s.indexOf(c);
        if (first < 0) {
            return 0;
        }
        int k = 0;
        for (int i = first; i < s.length(); i++) {
            k += s.charAt(i) == c ? 1 : 0;
        }
        return k;
    }

    /**
     * True when {@code s} holds a character the text keeps for sure when the line holds no markup: one
     * that is no whitespace, tab, no-break space, '<' or '*'. Usually the first character is one.
     */
    private static boolean hasContent(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '<' && c != '*' && c != '\u00a0' && c != '\t' && !Texts.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code s} holds a character the text keeps whatever markup the line holds: one that no
     * tag can hold either (tags are made of <, /, letters, spaces and >), nor {@link #hasContent} skips.
     */
    private static boolean hasSolid(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '<' && c != '*' && c != '\u00a0' && c != '\t' && c != '>' && c != '/' && (c < 'a' || c > 'z')
                    && (c < 'A' || c > 'Z') && !Texts.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /** The text of a line with tabs: the text only differs from the cells where tabs stood. */
    private static String tabbedText(String s, boolean plain, boolean nbsp) {
        return collapseSpaces(plain ? spacedText(s) : strip(s.replace('\t', ' '), nbsp));
    }

    /** 1-based line number in the file. */
    public int number() {
        return number;
    }

    /** The line as decoded. */
    public String raw() {
        return raw;
    }

    /** The line without heading markers, list marker, bold/paragraph tags; trimmed, runs of spaces as one. */
    public String text() {
        String t = text;
        if (t == null) {
            t = tabbedText(body, has(PLAIN), has(NBSP));
            text = t;
        }
        return t;
    }

    /** The first character of {@link #text()}, 0 when it is empty; for a table row, found without building the text. */
    public char firstChar() {
        if (has(BLANK)) {
            return 0;
        }
        if (text == null) {
            // the text starts at the body's first character that is no space, no-break space or markup
            for (int i = 0; i < body.length(); ) {
                char c = body.charAt(i);
                if (c == '<' || c == '*') {
                    int end = Markup.end(body, i);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                    return c;
                }
                if (!Texts.isWhitespace(c) && c != '\u00a0') {
                    return c;
                }
                i++;
            }
        }
        return text().charAt(0);
    }

    /** The number of leading {@code #} (0 for none). */
    public int headingLevel() {
        return headingLevel;
    }

    /** The line started with {@code - }. */
    public boolean listItem() {
        return has(LIST_ITEM);
    }

    /** The line carried {@code <b>} or {@code **} markup. */
    public boolean bold() {
        return has(BOLD);
    }

    /**
     * {@code text} split at tabs, each cell without tags and trimmed (empty cells kept; trailing empty
     * cells dropped).
     */
    public List<String> cells() {
        List<String> c = cells;
        if (c == null) {
            c = cutCells();
            cells = c;
        }
        return c;
    }

    private List<String> cutCells() {
        String s = body;
        boolean plain = has(PLAIN);
        String[] out = new String[tabs + 1];
        int kept = 0;
        int from = 0;
        for (int k = 0; k <= tabs; k++) {
            int to = k < tabs ? s.indexOf('\t', from) : s.length();
            // in a line with markup most cells still have none, or are one bold run: those are cut straight out too
            String c = plain || isPlain(s, from, to) ? stripped(s, from, to) : boldCell(s, from, to);
            if (c == null) {
                c = strip(s.substring(from, to), has(NBSP));
            }
            out[k] = c;
            if (!c.isEmpty()) {
                kept = k + 1;
            }
            from = to + 1;
        }
        // the array itself, not a copy (List.of copies it): trailing empty cells are left out by the size
        return new TextCells(out, kept);
    }

    /** The most cells the line can have: one more than its tabs (the body's, after the markers). */
    int width() {
        return tabs + 1;
    }

    /** The text the ranges of {@link #cutRanges} point into. */
    String body() {
        return body;
    }

    /**
     * The cells as {@link #cells()} cuts them, but as ranges of {@link #body()}: cell k is
     * {@code body().substring(from[k], to[k])} (the arrays at least {@link #width()} long). Answers how many
     * cells there are, trailing empty ones included; -1, with nothing cut, for a line with a cell that only
     * cleaning makes (markup other than one bold run, a no-break space), which is read through {@link #cells()}.
     * A table reader reads amounts straight from the ranges, and only the labels become strings.
     */
    int cutRanges(int[] from, int[] to) {
        return cutRanges(from, to, 0);
    }

    /** As {@link #cutRanges(int[], int[])}, cell k's range put at {@code at + k} (the arrays at least {@code at + width()} long). */
    int cutRanges(int[] from, int[] to, int at) {
        if (has(NBSP)) {
            return -1;
        }
        String s = body;
        boolean plain = has(PLAIN);
        int start = 0;
        for (int k = 0; k <= tabs; k++) {
            int end = k < tabs ? s.indexOf('\t', start) : s.length();
            int f = start;
            int t = end;
            while (f < t && Texts.isWhitespace(s.charAt(f))) {
                f++;
            }
            while (t > f && Texts.isWhitespace(s.charAt(t - 1))) {
                t--;
            }
            if (!plain && !isPlain(s, f, t)) {
                // one bold run with nothing to clean inside, as boldCell cuts it
                if (t - f < 7 || !s.startsWith("<b>", f) || !s.startsWith("</b>", t - 4) || !isPlain(s, f + 3, t - 4)) {
                    return -1;
                }
                f += 3;
                t -= 4;
                while (f < t && Texts.isWhitespace(s.charAt(f))) {
                    f++;
                }
                while (t > f && Texts.isWhitespace(s.charAt(t - 1))) {
                    t--;
                }
            }
            from[at + k] = f;
            to[at + k] = t;
            start = end + 1;
        }
        return tabs + 1;
    }

    /** True when {@code s[from, to)} holds no '<', '*' or no-break space: nothing for {@link #strip} to clean. */
    static boolean isPlain(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '*' || c == '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** {@code s.substring(from, to).strip()}, with one copy rather than two. */
    private static String stripped(String s, int from, int to) {
        while (from < to && Texts.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Texts.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** The text of a tabbed line without markup: tabs read as spaces, ends stripped, runs of spaces as one. */
    private static String spacedText(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && Texts.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Texts.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        char[] out = new char[to - from];
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i) == '\t' ? ' ' : s.charAt(i);
            if (c != ' ' || length == 0 || out[length - 1] != ' ') {
                out[length++] = c;
            }
        }
        return new String(out, 0, length);
    }

    /** Every run of two or more spaces as one space. */
    private static String collapseSpaces(String s) {
        int run = s.indexOf("  ");
        if (run < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, run + 1);
        for (int i = run + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' || s.charAt(i - 1) != ' ') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String strip(String s, boolean nbsp) {
        String t = Markup.remove(s);
        return (nbsp ? t.replace('\u00a0', ' ') : t).strip();
    }

    public boolean isBlank() {
        return has(BLANK);
    }

    /** The cell at {@code i}, or "" past the end. */
    public String cell(int i) {
        List<String> c = cells();
        return i < c.size() ? c.get(i) : "";
    }

    /** True when the raw line holds tabs: a table row rather than prose. */
    public boolean isTabular() {
        return has(TABULAR);
    }

    /** The text with line-break spaces inside Chinese removed (see {@link Texts#joinCjk}). */
    public String joined() {
        String j = joined;
        if (j == null) {
            j = Texts.joinCjk(text());
            joined = j;
        }
        return j;
    }

    @Override
    public String toString() {
        return "SourceLine[number=" + number + ", raw=" + raw + ", text=" + text() + ", headingLevel=" + headingLevel
                + ", listItem=" + listItem() + ", bold=" + bold() + ", cells=" + cells() + "]";
    }

    /**
     * The cell {@code s[from, to)} when it is one bold run with nothing to clean inside ({@code <b>963.77</b>},
     * spaces around): its text, cut straight out as {@link #strip} would leave it; else null.
     */
    private static String boldCell(String s, int from, int to) {
        while (from < to && Texts.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Texts.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        if (to - from < 7 || !s.startsWith("<b>", from) || !s.startsWith("</b>", to - 4) || !isPlain(s, from + 3, to - 4)) {
            return null;
        }
        return stripped(s, from + 3, to - 4);
    }
}
