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
        // key runs for every name in every loop of the prose rules: String.replaceFirst compiled its
        // regex per call, so each rare edit is guarded by a cheap test and uses a precompiled pattern
        if (t.indexOf('（') >= 0) {
            t = t.replace("（类）", "").replace("（款）", "").replace("（项）", "");
        }
        if (t.startsWith("其中")) {
            t = SUB_ITEM.matcher(t).replaceFirst("");
        }
        if (!t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9') {
            t = NUMBERING.matcher(t).replaceFirst("");
        }
        return t.indexOf('等') >= 0 ? TRAILING_DENG.matcher(t).replaceFirst("") : t;
    }

    /** The characters the key drops or replaces (see the switch in {@link #key}). */
    private static boolean changes(char c) {
        return switch (c) {
            case ' ', '\u3000', '\u00a0', '\t', '\n', '(', ')', '"', '＂', '“', '”', '「', '」' -> true;
            default -> false;
        };
    }

    private static final java.util.regex.Pattern SUB_ITEM = java.util.regex.Pattern.compile("^(?:其中[：:])");

    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("^\\d{1,2}[.、．]");

    /** “等” at the end (as before: {@code $} also before a final line break). */
    static final java.util.regex.Pattern TRAILING_DENG = java.util.regex.Pattern.compile("等$");

    /**
     * A reason or other free text reduced to what carries meaning: punctuation and spaces removed,
     * so that “…增加。” and “…增加” are the same reason.
     */
    public static String textKey(String s) {
        if (s == null) {
            return "";
        }
        // a loop rather than a regex replaceAll: rules key every reason of every fact
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!notText(c)) {
                b.append(c);
            }
        }
        return b.length() == s.length() ? s : b.toString();
    }

    /**
     * Spaces and punctuation, half- and full-width: what two wordings of one text may differ in. The
     * regex class {@code [\\s\\p{Punct}，。；：、！？“”‘’（）《》〈〉【】…—]}: ASCII whitespace, ASCII
     * punctuation and the Chinese marks listed.
     */
    private static boolean notText(char c) {
        if (c < 128) {
            return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                    || c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
        }
        return NOT_TEXT_MARKS.indexOf(c) >= 0;
    }

    private static final String NOT_TEXT_MARKS = "，。；：、！？“”‘’（）《》〈〉【】…—";
}
