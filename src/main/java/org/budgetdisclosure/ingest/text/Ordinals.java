package org.budgetdisclosure.ingest.text;

import java.util.regex.Matcher;
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

    /** The item a line starts with, trying the given patterns in order; null when it starts with none. */
    static Item item(String text, Pattern... patterns) {
        for (Pattern p : patterns) {
            if (!mayStart(p, text)) {
                continue;
            }
            Matcher m = p.matcher(text);
            if (m.find()) {
                Integer n = number(m.group(1));
                if (n != null) {
                    return new Item(n, text.substring(m.end()));
                }
            }
        }
        return null;
    }

    /** The item patterns are anchored: a text not starting as the pattern does is turned away before it runs. */
    private static boolean mayStart(Pattern p, String text) {
        char c = text.isEmpty() ? 0 : text.charAt(0);
        if (p == CHINESE_ITEM) {
            return CHINESE_DIGITS.indexOf(c) >= 0;
        }
        if (p == BRACKETED_ITEM) {
            return c == '（' || c == '(';
        }
        if (p == ARABIC_ITEM) {
            return c >= '0' && c <= '9';
        }
        return true;
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
