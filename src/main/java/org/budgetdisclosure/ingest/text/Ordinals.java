package org.budgetdisclosure.ingest.text;

import java.util.regex.Pattern;

/**
 * The numbering that starts items in the prose parts: “一、”, “（三）”, “1.”, “2、”, “(4)”. Used by
 * the part 1 and part 4 readers to find items and to strip their numbers.
 */
final class Ordinals {

    private static final String CHINESE_DIGITS = "一二三四五六七八九十百零〇两";
    private static final String CHINESE = "[" + CHINESE_DIGITS + "]+";

    /** “一、” “十二、” (the separator may be followed by PDF spaces). */
    static final Pattern CHINESE_ITEM = Pattern.compile("^(" + CHINESE + ")\\s*[、.．]\\s*");

    /** “（一）” “(3)”, half- or full-width brackets. */
    static final Pattern BRACKETED_ITEM = Pattern.compile("^[（(]\\s*(" + CHINESE + "|\\d{1,3})\\s*[)）]\\s*");

    /**
     * “1.” “2、” “3．”: not followed by another digit, so “1.5 万元” at the start of a wrapped line
     * is not taken for item 1.
     */
    static final Pattern ARABIC_ITEM = Pattern.compile("^(\\d{1,3})\\s*[.．、](?!\\d)\\s*");

    private Ordinals() {
    }

    /** An item's number and the text after it. */
    record Item(int number, String rest) {
    }

    /**
     * The item a line starts with, trying the given patterns (of the three above) in order; null when it
     * starts with none.
     * The three patterns are matched by hand ({@link #itemEnd}): every line of parts 1 and 4 is asked, and a
     * matcher with its groups for each numbered line showed in the allocation profile.
     */
    static Item item(String text, Pattern... patterns) {
        ItemAt at = itemAt(text, patterns);
        return at == null ? null : new Item(at.number(), text.substring(at.restStart()));
    }

    /** An item's number and where the text after it starts. */
    record ItemAt(int number, int restStart) {
    }

    /** {@link #item}, telling where the rest starts rather than cutting it out: for a reader that cuts it up further. */
    static ItemAt itemAt(String text, Pattern... patterns) {
        for (Pattern p : patterns) {
            int numberEnd = numeralsEnd(p, text);
            int end = numberEnd < 0 ? -1 : itemEnd(p, text, numberEnd);
            if (end >= 0) {
                int from = p == BRACKETED_ITEM ? ProseText.skipSpaces(text, 1) : 0;
                int n = number(text, from, numberEnd);
                if (n >= 0) {
                    return new ItemAt(n, end);
                }
            }
        }
        return null;
    }

    /** True when {@link #CHINESE_ITEM} matches at the start of the text. */
    static boolean startsWithChineseItem(String text) {
        int numberEnd = numeralsEnd(CHINESE_ITEM, text);
        return numberEnd >= 0 && itemEnd(CHINESE_ITEM, text, numberEnd) >= 0;
    }

    /**
     * Where the number (group 1) of pattern {@code p} ends when the text starts with one, else -1: the whole
     * run of Chinese numerals, or of one to three digits. Each run takes all it can, since a shorter one
     * would leave a numeral or digit where a space, a mark or a bracket must stand; so a fourth digit
     * means no match.
     */
    private static int numeralsEnd(Pattern p, String text) {
        int n = text.length();
        if (n == 0) {
            return -1;
        }
        int i = 0;
        if (p == BRACKETED_ITEM) {
            if (text.charAt(0) != '（' && text.charAt(0) != '(') {
                return -1;
            }
            i = ProseText.skipSpaces(text, 1, n);
        }
        int e = i;
        if (p != ARABIC_ITEM) {
            while (e < n && CHINESE_DIGITS.indexOf(text.charAt(e)) >= 0) {
                e++;
            }
            if (e > i || p == CHINESE_ITEM) {
                return e > i ? e : -1; // (a bracket's numerals that lead nowhere leave no digits to try either)
            }
        }
        while (e < n && e - i < 4 && ProseText.isDigit(text.charAt(e))) {
            e++;
        }
        return e == i || e - i == 4 ? -1 : e;
    }

    /**
     * Where the match of pattern {@code p} ends, its number ending at {@code numberEnd}, or -1: spaces, the
     * mark or closing bracket (for {@link #ARABIC_ITEM} with no digit after it), then all the spaces after.
     */
    private static int itemEnd(Pattern p, String text, int numberEnd) {
        int n = text.length();
        int q = ProseText.skipSpaces(text, numberEnd, n);
        if (q >= n) {
            return -1;
        }
        char c = text.charAt(q);
        boolean mark;
        if (p == BRACKETED_ITEM) {
            mark = c == ')' || c == '）';
        } else if (p == CHINESE_ITEM) {
            mark = c == '、' || c == '.' || c == '．';
        } else {
            mark = (c == '.' || c == '．' || c == '、') && !(q + 1 < n && ProseText.isDigit(text.charAt(q + 1)));
        }
        return mark ? ProseText.skipSpaces(text, q + 1, n) : -1;
    }

    /** {@link #number(String)} of {@code s[from, to)}, -1 for none; one to three digits (“0” is 0) read without a copy. */
    private static int number(String s, int from, int to) {
        if (ProseText.isDigit(s.charAt(from))) {
            int n = 0;
            for (int i = from; i < to; i++) {
                n = n * 10 + (s.charAt(i) - '0');
            }
            return n;
        }
        Integer n = number(s.substring(from, to));
        return n == null ? -1 : n;
    }

    /** {@code s.chars().allMatch(Character::isDigit)}, without a stream: every numbered line asks. */
    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Arabic digits or a Chinese numeral below ten thousand (“十二”, “二十”, “一百零五”); null if neither. */
    static Integer number(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (allDigits(s)) {
            return Integer.valueOf(s);
        }
        int total = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                d = 0;
            } else if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : 0;
            if (unit == 0) {
                return null;
            }
            // “十二”: a unit with no digit before it counts once
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit > 0) {
            total += digit;
        }
        return total == 0 ? null : total;
    }
}
