package org.budgetdisclosure.ingest.text;

/**
 * Reads a classification code at the start of a table cell (“201”, “2010301 行政运行”) by hand. It
 * does what the patterns {@code ^(\d+)(?:\s+|$)} and {@code ^(\d{2}|\d{3}|\d{5}|\d{7})(\s|$)} did:
 * every label cell of every row goes through it, and the patterns' matchers dominated reading them.
 */
final class DigitRuns {

    private DigitRuns() {
    }

    /** The number of ASCII digits the text starts with. */
    static int leading(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /**
     * Where {@code (?:\s+|$)} matched at {@code i} ends: after the run of spaces there, or at
     * {@code i} when it is the end of the text (or stands before a last line terminator, where
     * {@code $} matches too); -1 when neither.
     */
    static int afterSpaces(String s, int i) {
        int j = i;
        while (j < s.length() && isRegexSpace(s.charAt(j))) {
            j++;
        }
        if (j > i || i == s.length()) {
            return j;
        }
        boolean lastTerminator = i == s.length() - 1 && "\u0085\u2028\u2029".indexOf(s.charAt(i)) >= 0;
        return lastTerminator ? i : -1;
    }

    /**
     * True when the cell starts with a classification code (or an economic 款 part such as “01 基本工资”):
     * 2, 3, 5 or 7 digits followed by a space or the end.
     */
    static boolean startsWithCode(String s) {
        int n = leading(s);
        return (n == 2 || n == 3 || n == 5 || n == 7) && afterSpaces(s, n) >= 0;
    }

    /** The characters {@code \s} stands for in a pattern (without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
