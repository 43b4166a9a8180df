package org.budgetdisclosure.ingest.text;

/**
 * {@link ProseText#clean} for reading many lines in a row: a line's text between its spaces is copied
 * in runs into a buffer kept for the whole reading, and becomes a string once, or not at all when
 * cleaning leaves it as it is. The spaces inside numbers that
 * {@link ProseText#clean} closes up are rare: a line that could hold one is handed to it whole.
 *
 * <p>One cleaner serves one reading on one thread: the buffer is its only state.
 */
final class ProseCleaner {

    /** Where a changed line is built; made at the first line that needs it, at the size the reading asked for. */
    private char[] buffer;
    private final int capacity;

    ProseCleaner() {
        this(256);
    }

    /** A cleaner whose buffer starts with room for {@code capacity} characters: the longest line a reading has. */
    ProseCleaner(int capacity) {
        this.capacity = capacity;
    }

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
        String t = join(s, from, to);
        if (ProseText.spacedNumberMarks(t) != 0) {
            return ProseText.clean(s);
        }
        return t;
    }

    /** {@link Texts#joinCjk}{@code (s.substring(from, to))}, copying only what it must. */
    private String join(String s, int from, int to) {
        int space = indexOf(s, ' ', from, to);
        boolean wide = indexOf(s, '\u3000', from, to) >= 0;
        if (space < 0 && !wide) {
            // Texts.joinCjk leaves a text with neither kind of space as it is, no-break spaces and all
            return from == 0 && to == s.length() ? s : s.substring(from, to);
        }
        int length = to - from;
        if (buffer == null || buffer.length < length) {
            buffer = new char[Math.max(length, buffer == null ? capacity : 2 * buffer.length)];
        }
        char[] a = buffer;
        if (wide || indexOf(s, '\u00a0', from, to) >= 0) {
            s.getChars(from, to, a, 0);
            return new String(a, 0, Texts.joinCjk(a, 0, length));
        }
        // only plain spaces: the text between them copied in runs, found with indexOf
        int w = 0;
        int i = from;
        while (space >= 0) {
            s.getChars(i, space, a, w);
            w += space - i;
            int j = space + 1;
            while (j < to && s.charAt(j) == ' ') {
                j++;
            }
            if (w > 0 && j < to && !Texts.isCjk(a[w - 1]) && !Texts.isCjk(s.charAt(j))) {
                a[w++] = ' ';
            }
            i = j;
            space = indexOf(s, ' ', i, to);
        }
        s.getChars(i, to, a, w);
        w += to - i;
        return w == s.length() ? s : new String(a, 0, w); // the same length: every space stayed, and nothing was stripped
    }

    /** The first {@code c} in {@code s[from, to)}, or -1. */
    private static int indexOf(String s, char c, int from, int to) {
        int i = s.indexOf(c, from);
        return i < to ? i : -1;
    }
}
