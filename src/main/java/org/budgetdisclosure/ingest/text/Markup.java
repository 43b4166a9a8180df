package org.budgetdisclosure.ingest.text;

/**
 * The inline markup the conversion leaves in a line: the tags {@code <b> <p> <strong> <em> <i> <br>}
 * (opening, closing or self-closing, spaces allowed before the end) and markdown {@code **}. It does
 * what the pattern {@code </?(b|p|strong|em|i|br)\s*}{@code /?>|\*\*} would, by hand: it runs on every
 * cell of every line, where the pattern's search and matcher allocation dominated the reading time.
 */
final class Markup {

    /** The tag names, in the pattern's order of trial. */
    private static final String[] NAMES = {"b", "p", "strong", "em", "i", "br"};

    private Markup() {
    }

    /** True when the text holds a tag or {@code **}. */
    static boolean find(String s) {
        for (int i = next(s, 0); i >= 0; i = next(s, i + 1)) {
            if (end(s, i) > i) {
                return true;
            }
        }
        return false;
    }

    /** The text without its tags and {@code **}, matched left to right without overlap. */
    static String remove(String s) {
        if (s.indexOf('<') < 0 && s.indexOf('*') < 0) {
            return s;
        }
        StringBuilder b = null;
        int copied = 0;
        for (int i = next(s, 0); i >= 0; ) {
            int end = end(s, i);
            if (end > i) {
                if (b == null) {
                    b = new StringBuilder(s.length());
                }
                b.append(s, copied, i);
                copied = end;
                i = next(s, end);
            } else {
                i = next(s, i + 1);
            }
        }
        return b == null ? s : b.append(s, copied, s.length()).toString();
    }

    /** The next position from {@code from} where markup could start (a '<' or a '*'), or -1. */
    private static int next(String s, int from) {
        int lt = s.indexOf('<', from);
        int star = s.indexOf('*', from);
        return lt < 0 ? star : star < 0 ? lt : Math.min(lt, star);
    }

    /** The end of the markup that starts at {@code i}, or {@code i} when none does. */
    private static int end(String s, int i) {
        int n = s.length();
        char c = s.charAt(i);
        if (c == '*') {
            return i + 1 < n && s.charAt(i + 1) == '*' ? i + 2 : i;
        }
        if (c != '<') {
            return i;
        }
        int nameAt = i + 1 < n && s.charAt(i + 1) == '/' ? i + 2 : i + 1;
        for (String name : NAMES) {
            if (!s.startsWith(name, nameAt)) {
                continue;
            }
            int k = nameAt + name.length();
            while (k < n && isRegexSpace(s.charAt(k))) {
                k++;
            }
            if (k < n && s.charAt(k) == '/') {
                k++;
            }
            if (k < n && s.charAt(k) == '>') {
                return k + 1;
            }
        }
        return i;
    }

    /** The characters {@code \s} stands for in a pattern (without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
