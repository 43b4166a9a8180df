package org.budgetdisclosure.ingest.text;

import java.util.Arrays;
import java.util.List;

/**
 * One line of the input with its 1-based number, its markup read off and its tab-separated cells.
 *
 * @param number       1-based line number in the file
 * @param raw          the line as decoded
 * @param text         the line without heading markers, list marker, bold/paragraph tags; trimmed
 * @param headingLevel the number of leading {@code #} (0 for none)
 * @param listItem     the line started with {@code - }
 * @param bold         the line carried {@code <b>} or {@code **} markup
 * @param cells        {@code text} split at tabs, each cell without tags and trimmed (empty cells kept;
 *                     trailing empty cells dropped)
 */
public record SourceLine(int number, String raw, String text, int headingLevel, boolean listItem, boolean bold,
                         List<String> cells) {

    public static SourceLine of(int number, String raw) {
        String s = raw;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        int level = 0;
        String t = s.stripLeading();
        while (level < t.length() && t.charAt(level) == '#') {
            level++;
        }
        if (level > 0 && (level == t.length() || t.charAt(level) == ' ')) {
            s = t.substring(level);
        } else {
            level = 0;
        }
        boolean markup = s.indexOf('<') >= 0 || s.indexOf('*') >= 0; // what any tag starts with
        boolean bold = markup && Markup.find(s);
        boolean list = false;
        if (s.contains("- ")) { // looked for before stripping the line, which would copy most lines
            String trimmed = s.strip();
            if (trimmed.startsWith("- ")) {
                list = true;
                s = trimmed.substring(2);
                markup = s.indexOf('<') >= 0 || s.indexOf('*') >= 0;
            }
        }
        // Most lines hold no markup and no no-break space: their cells and text are cut straight out
        // of the line. The others go the long way, cell by cell.
        boolean nbsp = s.indexOf('\u00a0') >= 0;
        boolean plain = !nbsp && !markup;
        int tabs = 0;
        for (int tab = s.indexOf('\t'); tab >= 0; tab = s.indexOf('\t', tab + 1)) {
            tabs++;
        }
        String[] cells = new String[tabs + 1];
        int from = 0;
        for (int k = 0; k <= tabs; k++) {
            int to = k < tabs ? s.indexOf('\t', from) : s.length();
            cells[k] = plain ? stripped(s, from, to) : strip(s.substring(from, to), nbsp);
            from = to + 1;
        }
        int kept = cells.length;
        while (kept > 0 && cells[kept - 1].isEmpty()) {
            kept--;
        }
        // a line without tabs is its one cell; the text only differs from it where tabs stood
        String text = tabs == 0 ? cells[0] : plain ? spacedText(s) : strip(s.replace('\t', ' '), nbsp);
        text = collapseSpaces(text);
        return new SourceLine(number, raw, text, level, list, bold, List.of(kept == cells.length ? cells : Arrays.copyOf(cells, kept)));
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
        return text.isEmpty();
    }

    /** The cell at {@code i}, or "" past the end. */
    public String cell(int i) {
        return i < cells.size() ? cells.get(i) : "";
    }

    /** True when the raw line holds tabs: a table row rather than prose. */
    public boolean isTabular() {
        return raw.indexOf('\t') >= 0;
    }

    /** The text with line-break spaces inside Chinese removed (see {@link Texts#joinCjk}). */
    public String joined() {
        return Texts.joinCjk(text);
    }
}
