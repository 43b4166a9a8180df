package org.budgetdisclosure.ingest.text;

/**
 * Small tests the part 1 and part 4 readers ask of every line, by hand: a matcher for each line showed in
 * profiles. The patterns they stand for, which LinePhrasesTest holds them to:
 * <pre>
 *   bold text        (?:\*\*|&lt;b&gt;|&lt;strong&gt;)(.+?)(?:\*\*|&lt;/b&gt;|&lt;/strong&gt;)    group 1 of the first match
 *   a mark last      [MARKS]$                                               found
 *   any mark         [MARKS]                                                found
 *   a page number    [-—–]?\s*\d{1,3}\s*[-—–]?                              the whole line
 *   an Arabic item   ^(\d{1,3})\s*[.．、](?!\d)                              found ({@link Ordinals#ARABIC_ITEM})
 *   a cover title    ^((?:19|20)\d{2})年度?(.+?)$                           the whole line
 *   a signing date   ^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$              the whole line
 * </pre>
 * Without MULTILINE, {@code $} matches at the end and before a line terminator that ends the text; {@code .}
 * matches no line terminator, {@code \s} is {@link ProseText#isRegexSpace}.
 */
final class LinePhrases {

    private static final String[] BOLD_OPEN = {"**", "<b>", "<strong>"};
    private static final String[] BOLD_CLOSE = {"**", "</b>", "</strong>"};

    private LinePhrases() {
    }

    /** Group 1 of the first bold text in {@code t}, or null. */
    static String bold(String t) {
        int n = t.length();
        for (int s = nextOpening(t, 0); s >= 0; s = nextOpening(t, s + 1)) {
            int from = -1;
            for (String o : BOLD_OPEN) {
                if (t.startsWith(o, s)) {
                    from = s + o.length();
                    break;
                }
            }
            if (from < 0) {
                continue;
            }
            // (.+?): the shortest run of one character or more that a closing mark follows, within the line
            for (int e = from + 1; e <= n && !isLineTerminator(t.charAt(e - 1)); e++) {
                if (closesAt(t, e)) {
                    return t.substring(from, e);
                }
            }
        }
        return null;
    }

    private static int nextOpening(String t, int from) {
        int star = t.indexOf('*', from);
        int angle = t.indexOf('<', from);
        return star < 0 ? angle : angle < 0 ? star : Math.min(star, angle);
    }

    private static boolean closesAt(String t, int e) {
        if (e >= t.length() || t.charAt(e) != '*' && t.charAt(e) != '<') {
            return false; // every closing mark starts with one of these: one test at most places, not three
        }
        for (String c : BOLD_CLOSE) {
            if (t.startsWith(c, e)) {
                return true;
            }
        }
        return false;
    }

    /** {@code [marks]$} is found in {@code t}. */
    static boolean endsWithMark(String t, String marks) {
        int n = t.length();
        if (n >= 1 && marks.indexOf(t.charAt(n - 1)) >= 0) {
            return true;
        }
        if (n >= 2 && isLineTerminator(t.charAt(n - 1)) && !(t.charAt(n - 1) == '\n' && t.charAt(n - 2) == '\r')
                && marks.indexOf(t.charAt(n - 2)) >= 0) {
            return true;
        }
        return n >= 3 && t.charAt(n - 2) == '\r' && t.charAt(n - 1) == '\n' && marks.indexOf(t.charAt(n - 3)) >= 0;
    }

    /** {@code [marks]} is found in {@code t}. */
    static boolean hasMark(String t, String marks) {
        for (int i = 0; i < t.length(); i++) {
            if (marks.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The whole of {@code t} is a page number: {@code [-—–]?\s*\d{1,3}\s*[-—–]?}. */
    static boolean isPageNumber(String t) {
        int n = t.length();
        int i = n > 0 && isDash(t.charAt(0)) ? 1 : 0;
        i = ProseText.skipSpaces(t, i);
        int digits = i;
        while (i < n && ProseText.isDigit(t.charAt(i))) {
            i++;
        }
        if (i == digits || i - digits > 3) {
            return false;
        }
        i = ProseText.skipSpaces(t, i);
        if (i < n && isDash(t.charAt(i))) {
            i++;
        }
        return i == n;
    }

    /** {@link Ordinals#ARABIC_ITEM} is found in {@code t}: {@code ^(\d{1,3})\s*[.．、](?!\d)}. */
    static boolean startsWithArabicItem(String t) {
        int n = t.length();
        int digits = 0;
        while (digits < n && digits < 4 && ProseText.isDigit(t.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits == 4) {
            return false;
        }
        int mark = ProseText.skipSpaces(t, digits);
        return mark < n && (t.charAt(mark) == '.' || t.charAt(mark) == '．' || t.charAt(mark) == '、')
                && !(mark + 1 < n && ProseText.isDigit(t.charAt(mark + 1)));
    }

    /**
     * Where group 2 of the cover title (the department) starts when the whole of {@code t} is one, else -1;
     * the year is {@code t[0, 4)}. Group 2 runs to the end: it is one character or more, none of them a line
     * terminator, and takes the 度 when nothing else follows it.
     */
    static int coverTitleName(String t) {
        int n = t.length();
        if (!startsWithCenturyYear(t) || n < 6 || t.charAt(4) != '年') {
            return -1;
        }
        for (int i = 5; i < n; i++) {
            if (isLineTerminator(t.charAt(i))) {
                return -1;
            }
        }
        return t.charAt(5) == '度' && n > 6 ? 6 : 5;
    }

    /** The year, month and day of the whole of {@code t} as a signing date, or null. */
    static int[] signingDate(String t) {
        int n = t.length();
        if (!startsWithCenturyYear(t) || n < 5 || t.charAt(4) != '年') {
            return null;
        }
        int monthEnd = digitsBefore(t, 5, '月');
        int dayEnd = monthEnd < 0 ? -1 : digitsBefore(t, monthEnd + 1, '日');
        if (dayEnd < 0 || dayEnd + 1 != n) {
            return null;
        }
        return new int[] {Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, monthEnd, 10), Integer.parseInt(t, monthEnd + 1, dayEnd, 10)};
    }

    /** {@code (?:19|20)\d{2}} at the start of {@code t}. */
    private static boolean startsWithCenturyYear(String t) {
        return t.length() >= 4 && (t.startsWith("19") || t.startsWith("20")) && ProseText.isDigit(t.charAt(2))
                && ProseText.isDigit(t.charAt(3));
    }

    /** The end of {@code \d{1,2}} at {@code i} when {@code mark} follows it, else -1. */
    static int digitsBefore(String t, int i, char mark) {
        int n = t.length();
        if (i + 1 < n && ProseText.isDigit(t.charAt(i)) && t.charAt(i + 1) == mark) {
            return i + 1;
        }
        if (i + 2 < n && ProseText.isDigit(t.charAt(i)) && ProseText.isDigit(t.charAt(i + 1)) && t.charAt(i + 2) == mark) {
            return i + 2;
        }
        return -1;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '—' || c == '–';
    }

    /** What {@code .} does not match (without DOTALL or UNIX_LINES). */
    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
