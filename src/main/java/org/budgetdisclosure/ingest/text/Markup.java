package org.budgetdisclosure.ingest.text;

/**
 * The inline markup the conversion leaves in a line: the tags {@code <b> <p> <strong> <em> <i> <br>}
 * (opening, closing or self-closing, spaces allowed before the end) and markdown {@code **}. It does
 * what the pattern {@code </?(b|p|strong|em|i|br)\s*}{@code /?>|\*\*} would, by hand: it runs on every
 * cell of every line, where the pattern's search and matcher allocation dominated the reading time.
 */
final class Markup {

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
        char[] out = null;
        int length = 0;
        int copied = 0;
        for (int i = next(s, 0); i >= 0; ) {
            int end = end(s, i);
            if (end > i) {
                if (out == null) {
                    out = new char[s.length()];
                }
                s.getChars(copied, i, out, length);
                length += i - copied;
                copied = end;
                i = next(s, end);
            } else {
                i = next(s, i + 1);
            }
        }
        if (out == null) {
            return s;
        }
        s.getChars(copied, s.length(), out, length);
        return new String(out, 0, length + s.length() - copied);
    }

    /** The next position from {@code from} where markup could start (a '<' or a '*'), or -1. */
    private static int next(String s, int from) {
        int lt = s.indexOf('<', from);
        int star = s.indexOf('*', from);
        return lt < 0 ? star : star < 0 ? lt : Math.min(lt, star);
    }

    /** The end of the markup that starts at {@code i}, or {@code i} when none does. */
    static int end(String s, int i) {
        int n = s.length();
        char c = s.charAt(i);
        if (c == '*') {
            return i + 1 < n && s.charAt(i + 1) == '*' ? i + 2 : i;
        }
        if (c != '<') {
            return i;
        }
        int nameAt = i + 1 < n && s.charAt(i + 1) == '/' ? i + 2 : i + 1;
        // a name followed by what may end a tag is the whole run of lower-case letters there
        int k = nameAt;
        while (k < n && s.charAt(k) >= 'a' && s.charAt(k) <= 'z') {
            k++;
        }
        if (!isTagName(s, nameAt, k)) {
            return i;
        }
        while (k < n && isRegexSpace(s.charAt(k))) {
            k++;
        }
        if (k < n && s.charAt(k) == '/') {
            k++;
        }
        return k < n && s.charAt(k) == '>' ? k + 1 : i;
    }

    /** b, p, strong, em, i or br. */
    private static boolean isTagName(String s, int from, int to) {
        return switch (to - from) {
            case 1 -> "bpi".indexOf(s.charAt(from)) >= 0;
            case 2 -> s.startsWith("em", from) || s.startsWith("br", from);
            case 6 -> s.startsWith("strong", from);
            default -> false;
        };
    }

    /** The characters {@code \s} stands for in a pattern (without UNICODE_CHARACTER_CLASS). */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
