package org.budgetdisclosure.ingest.text;

/**
 * {@link ProseText#clean} for reading many lines in a row: each line is copied once into a buffer kept
 * for the whole reading, stripped and joined there ({@link Texts#joinCjk(char[], int, int)}), and becomes
 * a string once, or not at all when cleaning leaves it as it is. The spaces inside numbers that
 * {@link ProseText#clean} closes up are rare: a line that could hold one is handed to it whole.
 *
 * <p>One cleaner serves one reading on one thread: the buffer is its only state.
 */
final class ProseCleaner {

    private char[] buffer = new char[256];

    /** {@link ProseText#clean}{@code (s)}. */
    String clean(String s) {
        if (s == null) {
            return "";
        }
        int n = s.length();
        int from = 0;
        int to = n;
        while (from < to && Texts.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Texts.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        int length = to - from;
        if (buffer.length < length) {
            buffer = new char[Math.max(length, 2 * buffer.length)];
        }
        char[] a = buffer;
        s.getChars(from, to, a, 0);
        boolean changed = length != n;
        // Texts.joinCjk leaves a text with neither kind of space as it is, no-break spaces and all
        if (holds(s, ' ', from, to) || holds(s, '\u3000', from, to)) {
            int end = Texts.joinCjk(a, 0, length);
            changed |= end != length || holds(s, '\u3000', from, to) || holds(s, '\u00a0', from, to);
            length = end;
        }
        if (mayHaveSpacedNumber(a, length)) {
            return ProseText.clean(s);
        }
        return changed ? new String(a, 0, length) : s;
    }

    private static boolean holds(String s, char c, int from, int to) {
        int i = s.indexOf(c, from);
        return i >= 0 && i < to;
    }

    /**
     * True where one of {@link ProseText#clean}'s two patterns could change the joined text
     * {@code a[0, n)}: a grouping comma after a digit that is full-width or has a space on either side
     * ({@link ProseText#SPACED_GROUP}), or a point after a digit followed by a space
     * ({@link ProseText#SPACED_POINT}). Spaces here are what {@code \s} matches.
     */
    static boolean mayHaveSpacedNumber(char[] a, int n) {
        for (int i = 1; i < n; i++) {
            char c = a[i];
            if (c == ',' || c == '，') {
                boolean spaced = ProseText.isRegexSpace(a[i - 1]) || i + 1 < n && ProseText.isRegexSpace(a[i + 1]);
                if ((c == '，' || spaced) && digitBefore(a, i)) {
                    return true;
                }
            } else if ((c == '.' || c == '．') && i + 1 < n && ProseText.isRegexSpace(a[i + 1]) && digitBefore(a, i)) {
                return true;
            }
        }
        return false;
    }

    /** True when the last character before {@code i} that is not {@code \s} is a digit. */
    private static boolean digitBefore(char[] a, int i) {
        int j = i - 1;
        while (j > 0 && ProseText.isRegexSpace(a[j])) {
            j--;
        }
        return ProseText.isDigit(a[j]);
    }
}
