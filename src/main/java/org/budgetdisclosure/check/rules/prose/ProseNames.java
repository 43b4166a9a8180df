package org.budgetdisclosure.check.rules.prose;

/**
 * Normalises names as the prose and the tables print them, so that “一般公共服务支出（类）”,
 * “一般公共服务支出” and “一般公共服务 支出” compare equal. The reader has its own normaliser
 * ({@code Texts.nameKey}); the checker may not depend on the reader (ArchitectureTest), hence this one.
 */
public final class ProseNames {

    private ProseNames() {
    }

    /** Spaces removed, brackets and quotes unified, level marks（类）（款）（项）and a trailing 等 dropped. */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        // most names need none of the changes below: copied only from the first character that changes
        int first = 0;
        while (first < s.length() && !changes(s.charAt(first))) {
            first++;
        }
        String t = s;
        if (first < s.length()) {
            StringBuilder b = new StringBuilder(s.length()).append(s, 0, first);
            for (int i = first; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case ' ', '\u3000', '\u00a0', '\t', '\n' -> { }
                    case '(' -> b.append('（');
                    case ')' -> b.append('）');
                    case '"', '＂', '“', '”', '「', '」' -> b.append('"');
                    default -> b.append(c);
                }
            }
            t = b.toString();
        }
        // key runs for every name in every loop of the prose rules: each rare edit is guarded by a cheap test
        if (t.indexOf('（') >= 0) {
            t = t.replace("（类）", "").replace("（款）", "").replace("（项）", "");
        }
        if (t.startsWith("其中")) {
            t = withoutSubItemMark(t);
        }
        if (!t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9') {
            t = withoutNumbering(t);
        }
        return t.indexOf('等') >= 0 ? withoutTrailingDeng(t) : t;
    }

    /*
     * The three edits below were regexes (^(?:其中[：:]), ^\\d{1,2}[.、．] and 等$ with replaceFirst;
     * ProseNamesEditsTest holds them to those): each call set up a matcher, for names that mostly need no edit.
     */

    /** As {@code SUB_ITEM.matcher(t).replaceFirst("")}: a leading 其中： or 其中: removed. */
    static String withoutSubItemMark(String t) {
        return t.length() >= 3 && t.startsWith("其中") && (t.charAt(2) == '：' || t.charAt(2) == ':') ? t.substring(3) : t;
    }

    /** As {@code NUMBERING.matcher(t).replaceFirst("")}: a leading “1.”, “12、” or “3．” removed. */
    static String withoutNumbering(String t) {
        if (t.isEmpty() || !asciiDigit(t.charAt(0))) {
            return t;
        }
        // \d{1,2} is greedy: with two digits it backtracks to one, whose follower is then a digit, never a mark
        int mark = t.length() > 1 && asciiDigit(t.charAt(1)) ? 2 : 1;
        return mark < t.length() && ".、．".indexOf(t.charAt(mark)) >= 0 ? t.substring(mark + 1) : t;
    }

    /**
     * As {@code TRAILING_DENG.matcher(t).replaceFirst("")}: a 等 at the end removed, where {@code $} also
     * matches before a final line terminator (\n, \r, \r\n, \u0085, \u2028, \u2029).
     */
    static String withoutTrailingDeng(String t) {
        int n = t.length();
        int k = n - 1; // where the 等 must stand
        if (n >= 3 && t.charAt(n - 2) == '\r' && t.charAt(n - 1) == '\n') {
            k = n - 3;
        } else if (n >= 2 && isLineTerminator(t.charAt(n - 1))) {
            k = n - 2;
        }
        return k >= 0 && t.charAt(k) == '等' ? t.substring(0, k) + t.substring(k + 1) : t;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The characters the key drops or replaces (see the switch in {@link #key}). */
    private static boolean changes(char c) {
        return switch (c) {
            case ' ', '\u3000', '\u00a0', '\t', '\n', '(', ')', '"', '＂', '“', '”', '「', '」' -> true;
            default -> false;
        };
    }

    /**
     * A reason or other free text reduced to what carries meaning: punctuation and spaces removed,
     * so that “…增加。” and “…增加” are the same reason.
     */
    public static String textKey(String s) {
        if (s == null) {
            return "";
        }
        // a loop rather than a regex replaceAll: rules key every reason of every fact; most reasons have a
        // mark or two, so the copy starts at the first
        int first = 0;
        while (first < s.length() && !notText(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!notText(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether {@code textKey(a).equals(textKey(b))}, told without building either key: rules compare
     * every reason with others, and most are not the same.
     */
    public static boolean sameText(String a, String b) {
        int i = 0;
        int j = 0;
        int n = a.length();
        int m = b.length();
        while (true) {
            while (i < n && notText(a.charAt(i))) {
                i++;
            }
            while (j < m && notText(b.charAt(j))) {
                j++;
            }
            if (i == n || j == m) {
                return i == n && j == m;
            }
            if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
    }

    /** Whether {@code textKey(s)} is not empty: {@code s} has a character other than spaces and punctuation. */
    public static boolean hasText(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!notText(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Spaces and punctuation, half- and full-width: what two wordings of one text may differ in. The
     * regex class {@code [\\s\\p{Punct}，。；：、！？“”‘’（）《》〈〉【】…—]}: ASCII whitespace, ASCII
     * punctuation and the Chinese marks listed.
     */
    private static boolean notText(char c) {
        if (c < 128) {
            return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                    || c > ' ' && c < 127 && !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
        }
        if (c >= '\u3400' && c < '\uff00') {
            // CJK ideographs, most of any reason, lie between the marks (2014–2026, 3001–3011, FF01–FF1F):
            // answered without searching the marks for each of them
            return false;
        }
        return NOT_TEXT_MARKS.indexOf(c) >= 0;
    }

    private static final String NOT_TEXT_MARKS = "，。；：、！？“”‘’（）《》〈〉【】…—";
}
