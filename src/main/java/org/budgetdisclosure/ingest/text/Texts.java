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
     * {@link Character#isWhitespace} (what {@link String#strip} tests), without its table lookup for
     * the characters text is mostly made of: none between the space and U+1680, or above U+3000, is.
     */
    public static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return Character.isWhitespace(c);
        }
        return c >= '\u1680' && c <= '\u3000' && Character.isWhitespace(c);
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

    /** Removes every run of spaces that has a Chinese character on at least one side. */
    public static String joinCjk(String s) {
        if (s == null || s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0) {
            return s;
        }
        // a char array rather than a StringBuilder: this runs on most lines, and the builder's
        // per-character appends (and its widening on the first Chinese character) showed in profiles
        int n = s.length();
        char[] out = new char[n];
        int length = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\u3000' || c == '\u00a0') {
                int j = i;
                while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\u3000' || s.charAt(j) == '\u00a0')) {
                    j++;
                }
                boolean cjkBefore = length > 0 && isCjk(out[length - 1]);
                boolean cjkAfter = j < n && isCjk(s.charAt(j));
                if (!(cjkBefore || cjkAfter) && length > 0 && j < n) {
                    out[length++] = ' ';
                }
                i = j;
            } else {
                out[length++] = c;
                i++;
            }
        }
        return new String(out, 0, length);
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
