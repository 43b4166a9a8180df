package org.budgetdisclosure.ingest.text;

/**
 * The phrases of 国有资产占用使用情况, found by hand on offsets into the paragraph: a matcher for each
 * pattern and paragraph, and the scans of patterns that cannot start at a fixed word, showed in profiles.
 * The patterns they stand for, which AssetPhrasesTest holds them to ({@code AMOUNT} is {@link ProseText#AMOUNT}):
 * <pre>
 *   as of        截[至止]\s*([^，,：:。]+)                                         group 1 stripped
 *   a building   房屋\s*(AMOUNT)\s*平方米[，,]?\s*价值\s*(AMOUNT)\s*万元
 *   a value      WORD\s*(?:价值|账面价值|原值)?\s*(AMOUNT)\s*万元                   WORD 办公家具, 其他资产
 *   a count      (?&lt;!\d)LIMIT\s*万元以上[^\d。；]*?(\d+)\s*台                       LIMIT 50, 100
 *   a plan       安排购置|预算[^。]*购置|拟购置|计划购置
 *   vehicles     ([\u4e00-\u9fa5]*车辆?)\s*(\d+)\s*辆[，,]?\s*(?:价值|账面价值|原值)?\s*(AMOUNT)\s*万元   ({@link AssetsReader#VEHICLES})
 * </pre>
 * Each finds the first match ({@code find()}). The offsets of a match's groups are put in {@code g}:
 * {@code g[0], g[1]} for group 1, {@code g[2], g[3]} for group 2.
 */
final class AssetPhrases {

    private static final String[] VALUE_WORDS = {"价值", "账面价值", "原值"};

    private AssetPhrases() {
    }

    /** Group 1 of the as-of pattern, stripped, or null when it does not match. */
    static String asOf(String t) {
        int n = t.length();
        for (int i = t.indexOf('截'); i >= 0; i = t.indexOf('截', i + 1)) {
            if (i + 1 >= n || t.charAt(i + 1) != '至' && t.charAt(i + 1) != '止') {
                continue;
            }
            int from = ProseText.skipSpaces(t, i + 2);
            if (from < n && !isAsOfStop(t.charAt(from))) {
                int end = from;
                while (end < n && !isAsOfStop(t.charAt(end))) {
                    end++;
                }
                return t.substring(from, end).strip();
            }
            if (from > i + 2) {
                return ""; // the group takes back the last space: nothing but spaces, stripped
            }
        }
        return null;
    }

    private static boolean isAsOfStop(char c) {
        return c == '，' || c == ',' || c == '：' || c == ':' || c == '。';
    }

    /** The building pattern: area in {@code g[0..1]}, value in {@code g[2..3]}. */
    static boolean building(String t, int[] g) {
        for (int i = t.indexOf("房屋"); i >= 0; i = t.indexOf("房屋", i + 1)) {
            int k = amountAt(t, ProseText.skipSpaces(t, i + 2), g, 0);
            if (k < 0 || !t.startsWith("平方米", k = ProseText.skipSpaces(t, k))) {
                continue;
            }
            k += 3;
            if (k < t.length() && (t.charAt(k) == '，' || t.charAt(k) == ',')) {
                k++;
            }
            k = ProseText.skipSpaces(t, k);
            if (!t.startsWith("价值", k)) {
                continue;
            }
            k = amountAt(t, ProseText.skipSpaces(t, k + 2), g, 2);
            if (k >= 0 && t.startsWith("万元", ProseText.skipSpaces(t, k))) {
                return true;
            }
        }
        return false;
    }

    /** The value pattern after {@code word}: the amount in {@code g[0..1]}. */
    static boolean value(String t, String word, int[] g) {
        for (int i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
            int k = ProseText.skipSpaces(t, i + word.length());
            for (String v : VALUE_WORDS) {
                if (t.startsWith(v, k)) {
                    k += v.length();
                    break;
                }
            }
            k = amountAt(t, ProseText.skipSpaces(t, k), g, 0);
            if (k >= 0 && t.startsWith("万元", ProseText.skipSpaces(t, k))) {
                return true;
            }
        }
        return false;
    }

    /** The count pattern after {@code limit} (“50”, “100”): the count in {@code g[0..1]}. */
    static boolean count(String t, String limit, int[] g) {
        int n = t.length();
        for (int i = t.indexOf(limit); i >= 0; i = t.indexOf(limit, i + 1)) {
            if (i > 0 && ProseText.isDigit(t.charAt(i - 1))) {
                continue;
            }
            int k = ProseText.skipSpaces(t, i + limit.length());
            if (!t.startsWith("万元以上", k)) {
                continue;
            }
            // [^\d。；]*? stops at the first digit: the count starts there, or nowhere
            int d = k + 4;
            while (d < n && !ProseText.isDigit(t.charAt(d)) && t.charAt(d) != '。' && t.charAt(d) != '；') {
                d++;
            }
            if (d == n || !ProseText.isDigit(t.charAt(d))) {
                continue;
            }
            int e = d;
            while (e < n && ProseText.isDigit(t.charAt(e))) {
                e++;
            }
            int unit = ProseText.skipSpaces(t, e);
            if (unit < n && t.charAt(unit) == '台') {
                g[0] = d;
                g[1] = e;
                return true;
            }
        }
        return false;
    }

    /** True when the plan pattern is found. */
    static boolean plan(String t) {
        if (t.contains("安排购置") || t.contains("拟购置") || t.contains("计划购置")) {
            return true;
        }
        for (int i = t.indexOf("预算"); i >= 0; i = t.indexOf("预算", i + 1)) {
            int buy = t.indexOf("购置", i + 2);
            if (buy < 0) {
                return false; // no later 预算 has a 购置 after it either
            }
            int stop = t.indexOf('。', i + 2);
            if (stop < 0 || stop >= buy) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first vehicles match starting at or after {@code from}, as {@code find(from)} finds it: type, count
     * and value in {@code g[0..5]}, the match's end in {@code g[6]}. The type is a run of ideographs ending
     * in 车 or 车辆 that the count follows; the count ends the run, so a run holds one such 车 at most, and
     * the match starts where its run starts (not before {@code from}).
     */
    static boolean vehicles(String t, int from, int[] g) {
        for (int c = t.indexOf('车', from); c >= 0; c = t.indexOf('车', c + 1)) {
            int end = vehiclesAfter(t, c, g);
            if (end >= 0) {
                int start = c;
                while (start > from && isIdeograph(t.charAt(start - 1))) {
                    start--;
                }
                g[0] = start;
                g[6] = end;
                return true;
            }
        }
        return false;
    }

    /** The end of a vehicles match whose type ends with the 车 at {@code c}, or -1; groups in {@code g[1..5]}. */
    private static int vehiclesAfter(String t, int c, int[] g) {
        int n = t.length();
        int k = c + 1 < n && t.charAt(c + 1) == '辆' ? c + 2 : c + 1;
        g[1] = k;
        int d = ProseText.skipSpaces(t, k);
        int e = d;
        while (e < n && ProseText.isDigit(t.charAt(e))) {
            e++;
        }
        if (e == d) {
            return -1;
        }
        g[2] = d;
        g[3] = e;
        k = ProseText.skipSpaces(t, e);
        if (k >= n || t.charAt(k) != '辆') {
            return -1;
        }
        k++;
        if (k < n && (t.charAt(k) == '，' || t.charAt(k) == ',')) {
            k++;
        }
        k = ProseText.skipSpaces(t, k);
        for (String v : VALUE_WORDS) {
            if (t.startsWith(v, k)) {
                k += v.length();
                break;
            }
        }
        k = amountAt(t, ProseText.skipSpaces(t, k), g, 4);
        if (k < 0) {
            return -1;
        }
        k = ProseText.skipSpaces(t, k);
        return t.startsWith("万元", k) ? k + 2 : -1;
    }

    private static boolean isIdeograph(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }

    /**
     * The amount ({@link ProseText#AMOUNT}) starting at {@code i}, when what follows it must be a space or
     * a word: its offsets put in {@code g[at], g[at + 1]}, and its end returned, or -1. The whole run of
     * digits, points and commas is the number or there is none: the look-ahead refuses a digit or point
     * after it, and a shorter number followed by a comma is followed by neither a space nor a word.
     */
    private static int amountAt(String t, int i, int[] g, int at) {
        if (i >= t.length() || !ProseText.isDigit(t.charAt(i)) || i > 0 && isNumberChar(t.charAt(i - 1))) {
            return -1;
        }
        int e = i;
        while (e < t.length() && isNumberChar(t.charAt(e))) {
            e++;
        }
        if (!ProseText.isAmount(t, i, e)) {
            return -1;
        }
        g[at] = i;
        g[at + 1] = e;
        return e;
    }

    private static boolean isNumberChar(char c) {
        return ProseText.isDigit(c) || c == '.' || c == ',';
    }
}
