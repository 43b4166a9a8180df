package org.budgetdisclosure.ingest.text;

/**
 * Text normalisation shared by the readers. PDF conversion leaves spaces where a line wrapped
 * inside a Chinese word (“相关机 构”, “社会 效益 指标”) and around numbers (“2026 年”); Chinese text
 * has no spaces of its own, so a space next to a Chinese character is always such an artefact.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * True for CJK ideographs and the full-width punctuation used in Chinese text: the Unicode blocks
     * CJK Unified Ideographs (and Extension A), CJK Symbols and Punctuation, Halfwidth and Fullwidth
     * Forms, and the Chinese quotes, ellipsis and dash of General Punctuation. Compared as char ranges
     * because {@code Character.UnicodeBlock.of} searches a table and this runs for every space.
     */
    public static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF'             // CJK Unified Ideographs
                || c >= '\u3400' && c <= '\u4DBF'         // Extension A
                || c >= '\u3000' && c <= '\u303F'         // CJK Symbols and Punctuation
                || c >= '\uFF00' && c <= '\uFFEF'         // Halfwidth and Fullwidth Forms
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—';
    }

    /**
     * {@link Character#isWhitespace} (what {@link String#strip} tests), by comparisons alone: none between
     * the space and U+1680, or above U+3000, is, and the readers test their text character by character,
     * where the JDK's table look-up behind each test showed as a tenth of the target tables' time.
     * TextsWhitespaceTest holds it to the JDK's answer for every char.
     */
    public static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c';
        }
        if (c < '\u1680' || c > '\u3000') {
            return false; // the ideographs, letters and digits a text is made of
        }
        return c == '\u1680' || c >= '\u2000' && c <= '\u200a' && c != '\u2007' || c == '\u2028' || c == '\u2029'
                || c == '\u205f' || c == '\u3000';
    }

    /** {@link String#strip}, with the quicker {@link #isWhitespace}; for the cells and names stripped by the thousand. */
    public static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /**
     * Removes every run of spaces (space, ideographic space, no-break space) that has a Chinese character
     * on at least one side; a run between two other characters becomes one space, and a run at either
     * end goes. A text holding neither a space nor an ideographic space comes back as it is, and so does
     * one this leaves unchanged.
     */
    public static String joinCjk(String s) {
        if (s == null) {
            return null;
        }
        int space = s.indexOf(' ');
        int wide = s.indexOf('\u3000');
        if (space < 0 && wide < 0) {
            return s;
        }
        // the characters copied out once (a bulk copy) and joined in place: this runs on most lines, and
        // reading them one by one through charAt, and copying them again into a builder, showed in profiles
        int n = s.length();
        char[] a = new char[n];
        s.getChars(0, n, a, 0);
        int length = joinCjk(a, 0, n);
        if (length == n && wide < 0 && s.indexOf('\u00a0') < 0) {
            return s; // every run was a single space between two other characters
        }
        return new String(a, 0, length);
    }

    /**
     * {@link #joinCjk(String)} on {@code a[from, to)}, in place: the joined text is left in
     * {@code a[from, end)} and {@code end} returned. The text is only ever shortened, so what is written
     * never overtakes what is still to be read.
     */
    static int joinCjk(char[] a, int from, int to) {
        int length = from;
        int i = from;
        while (i < to) {
            char c = a[i];
            if (c != ' ' && c != '\u3000' && c != '\u00a0') {
                a[length++] = c;
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && (a[j] == ' ' || a[j] == '\u3000' || a[j] == '\u00a0')) {
                j++;
            }
            if (length > from && j < to && !isCjk(a[length - 1]) && !isCjk(a[j])) {
                a[length++] = ' ';
            }
            i = j;
        }
        return length;
    }

    /**
     * A key for comparing names: line-break spaces removed, full-width brackets and quotes folded
     * to one form. {@code 政府办公厅(室)及相关机 构} and {@code 政府办公厅（室）及相关机构} give the same key.
     */
    public static String nameKey(String s) {
        return key(s, false);
    }

    /** {@link #nameKey}{@code (s)} without the character 的, built in the same one pass. */
    static String nameKeyWithoutDe(String s) {
        return key(s, true);
    }

    private static String key(String s, boolean dropDe) {
        if (s == null) {
            return "";
        }
        int n = s.length();
        int i = 0;
        // most names are their own key: copy only from the first character that changes
        while (i < n) {
            char c = s.charAt(i);
            if (keyChar(c) != c || dropDe && c == '的') {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        char[] out = new char[n];
        s.getChars(0, i, out, 0);
        int length = i;
        for (; i < n; i++) {
            char c = s.charAt(i);
            int k = dropDe && c == '的' ? -1 : keyChar(c);
            if (k >= 0) {
                out[length++] = (char) k;
            }
        }
        return new String(out, 0, length);
    }

    /**
     * The last character of {@link #nameKeyWithoutDe}{@code (s)}, found without building the key; -1
     * for an empty key.
     */
    static int lastKeyCharWithoutDe(String s) {
        for (int i = s == null ? -1 : s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            int k = c == '的' ? -1 : keyChar(c);
            if (k >= 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * True when {@link #nameKey}{@code (s)} ends with {@code c}, found without building the key: a
     * caller comparing key endings (table titles end in 表) turns most lines away with it.
     */
    public static boolean keyEndsWith(String s, char c) {
        for (int i = s == null ? -1 : s.length() - 1; i >= 0; i--) {
            int k = keyChar(s.charAt(i));
            if (k >= 0) {
                return k == c;
            }
        }
        return false;
    }

    /** The character {@code c} becomes in a name's key, or -1 when the key leaves it out (spaces). */
    static int keyChar(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return c; // the ideographs most of a name is made of are their own key
        }
        return switch (c) {
            case ' ', '\u3000', '\u00a0', '\t' -> -1;
            case '(' -> '（';
            case ')' -> '）';
            case '"', '＂', '“', '”', '「', '」' -> '"';
            case ':' -> '：';
            case ',' -> '，';
            default -> c;
        };
    }
}
