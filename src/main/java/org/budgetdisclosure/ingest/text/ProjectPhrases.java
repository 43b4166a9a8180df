package org.budgetdisclosure.ingest.text;

/**
 * The phrases of a project description, matched by hand on offsets into the paragraph: every paragraph
 * of section 7 is asked for its numbering and its label, and a matcher made for each showed in profiles.
 * The patterns they stand for, which ProjectPhrasesTest holds them to:
 * <pre>
 *   a project's name  ^(?:[（(][一二三四五六七八九十\d]+[)）]\s*|\d{1,2}\s*[.、．](?!\d)\s*)?项目名称\s*[：:]\s*(.+)$   (matches)
 *   a numbering       ^\d{1,2}\s*[.、．](?!\d)\s*                                                  (lookingAt)
 *   a field's label   ^(?:A|B|…)\s*[：:]\s*                                                        (lookingAt)
 *   a period          (\d{4})年(\d{1,2})月(\d{1,2})日?\s*[-－—–~～至到]+\s*(\d{4})年(\d{1,2})月(\d{1,2})日?   (find)
 * </pre>
 * {@code \s} is {@link ProseText#isRegexSpace}, {@code \d} an ASCII digit and {@code .} any character but
 * a line terminator.
 */
final class ProjectPhrases {

    static final String NAME_LABEL = "项目名称";

    private static final String BRACKETED_NUMERALS = "一二三四五六七八九十";
    private static final String NUMBERING_MARKS = ".、．";
    private static final String PERIOD_LINKS = "-－—–~～至到";

    private ProjectPhrases() {
    }

    /** The project's name (group 1 of the name pattern, stripped) when {@code t} is a whole “（一）项目名称：X”, else null. */
    static String name(String t) {
        int label = bracketedEnd(t);
        if (label < 0 || !t.startsWith(NAME_LABEL, label)) {
            label = numberingEnd(t);
        }
        if (!t.startsWith(NAME_LABEL, label)) {
            label = 0; // the optional numbering left out, as the pattern tries last
        }
        if (!t.startsWith(NAME_LABEL, label)) {
            return null;
        }
        int colon = ProseText.skipSpaces(t, label + NAME_LABEL.length());
        if (colon >= t.length() || !isColon(t.charAt(colon))) {
            return null;
        }
        int n = t.length();
        int from = ProseText.skipSpaces(t, colon + 1);
        if (from == n) {
            // (.+) takes back the last space the \s* took, when that is no line terminator
            return from > colon + 1 && !isLineTerminator(t.charAt(n - 1)) ? "" : null;
        }
        for (int i = from; i < n; i++) {
            if (isLineTerminator(t.charAt(i))) {
                return null;
            }
        }
        return t.substring(from).strip();
    }

    /** The end of {@code [（(][一…十\d]+[)）]\s*} at the start of {@code t}, or -1. */
    private static int bracketedEnd(String t) {
        int n = t.length();
        if (n == 0 || t.charAt(0) != '（' && t.charAt(0) != '(') {
            return -1;
        }
        int k = 1;
        while (k < n && (ProseText.isDigit(t.charAt(k)) || BRACKETED_NUMERALS.indexOf(t.charAt(k)) >= 0)) {
            k++;
        }
        if (k == 1 || k >= n || t.charAt(k) != ')' && t.charAt(k) != '）') {
            return -1;
        }
        return ProseText.skipSpaces(t, k + 1);
    }

    /** The end of {@code ^\d{1,2}\s*[.、．](?!\d)\s*} at the start of {@code t}, or 0 when it does not match. */
    static int numberingEnd(String t) {
        int n = t.length();
        int digits = 0;
        while (digits < n && digits < 3 && ProseText.isDigit(t.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits == 3) {
            return 0;
        }
        int mark = ProseText.skipSpaces(t, digits);
        if (mark >= n || NUMBERING_MARKS.indexOf(t.charAt(mark)) < 0 || mark + 1 < n && ProseText.isDigit(t.charAt(mark + 1))) {
            return 0;
        }
        return ProseText.skipSpaces(t, mark + 1);
    }

    /**
     * The end of {@code ^(?:A|B|…)\s*[：:]\s*} at {@code from} in {@code t}, the alternatives tried in order,
     * or -1 when none is followed by a colon.
     */
    static int labelEnd(String t, int from, String[] alternatives) {
        for (String a : alternatives) {
            if (t.startsWith(a, from)) {
                int colon = ProseText.skipSpaces(t, from + a.length());
                if (colon < t.length() && isColon(t.charAt(colon))) {
                    return ProseText.skipSpaces(t, colon + 1);
                }
            }
        }
        return -1;
    }

    /**
     * The first period in {@code t} as the period pattern finds it: the offsets of its six groups (start,
     * end; year, month, day of the start, then of the end), or null.
     */
    static int[] period(String t) {
        int[] g = new int[12];
        for (int y = t.indexOf('年'); y >= 0; y = t.indexOf('年', y + 1)) {
            if (y >= 4 && isDigits(t, y - 4, y) && dateAt(t, y - 4, g, 0)) {
                int i = ProseText.skipSpaces(t, g[5] < t.length() && t.charAt(g[5]) == '日' ? g[5] + 1 : g[5]);
                int links = i;
                while (i < t.length() && PERIOD_LINKS.indexOf(t.charAt(i)) >= 0) {
                    i++;
                }
                if (i > links && dateAt(t, ProseText.skipSpaces(t, i), g, 6)) {
                    return g;
                }
            }
        }
        return null;
    }

    /** {@code (\d{4})年(\d{1,2})月(\d{1,2})} at {@code i}, its groups' offsets put in {@code g} from {@code at}. */
    private static boolean dateAt(String t, int i, int[] g, int at) {
        int n = t.length();
        if (i + 4 >= n || !isDigits(t, i, i + 4) || t.charAt(i + 4) != '年') {
            return false;
        }
        int month = i + 5;
        int monthEnd = LinePhrases.digitsBefore(t, month, '月');
        if (monthEnd < 0) {
            return false;
        }
        int day = monthEnd + 1;
        if (day >= n || !ProseText.isDigit(t.charAt(day))) {
            return false;
        }
        int dayEnd = day + 1 < n && ProseText.isDigit(t.charAt(day + 1)) ? day + 2 : day + 1;
        g[at] = i;
        g[at + 1] = i + 4;
        g[at + 2] = month;
        g[at + 3] = monthEnd;
        g[at + 4] = day;
        g[at + 5] = dayEnd;
        return true;
    }

    private static boolean isDigits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!ProseText.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isColon(char c) {
        return c == '：' || c == ':';
    }

    /** What {@code .} does not match (without DOTALL or UNIX_LINES). */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
