package org.budgetdisclosure.ingest.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.model.Money;

/**
 * The vocabulary shared by the part 3 readers: how prose is cleaned, how amounts (…万元) and
 * percentages (…%) are written, and how a paragraph is cut into sentences, clauses and parts
 * without losing the offsets that lead back to a line.
 */
final class ProseText {

    /**
     * An amount as the prose writes it after {@link #clean}: {@code 1,229.70}, {@code 83}, {@code 4.8}.
     * The look-arounds keep it from starting or ending inside another number (2026年, 1.5.3).
     */
    static final String AMOUNT = "(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2})?(?![\\d.])";

    /** An amount followed by its unit 万元; group 1 is the number. */
    static final Pattern AMOUNT_WAN = Pattern.compile("(" + AMOUNT + ")\\s*万元");

    /** A percentage; group 1 is the number at its printed scale. */
    static final String PERCENT = "(\\d+(?:\\.\\d+)?)\\s*[%％]";

    /** Sentence ends: the marks after which a wrapped line cannot continue. */
    static final String SENTENCE_END = "。！？!?";

    /** A PDF line-break space inside a number: “1, 229. 70”. Grouping commas. */
    static final Pattern SPACED_GROUP = Pattern.compile("(\\d)\\s*[,，]\\s*(?=\\d{3}(?!\\d))");

    /** The decimal point of a spaced number; only before a unit, so list numbering (“1. 2026年”) is left alone. */
    static final Pattern SPACED_POINT = Pattern.compile("(\\d)\\s*[.．]\\s+(?=\\d{1,2}\\s*(?:万|%|％|平方米|元))");

    private ProseText() {
    }

    /**
     * A line of prose as stored: line-break spaces next to Chinese removed ({@link Texts#joinCjk})
     * and the spaces PDF conversion leaves inside numbers closed up (“1, 229. 70” → “1,229.70”).
     * Both are artefacts of conversion, not of the document.
     */
    static String clean(String s) {
        String t = Texts.joinCjk(s == null ? "" : s.strip());
        int marks = spacedNumberMarks(t);
        if ((marks & MAY_REGROUP) != 0) {
            t = SPACED_GROUP.matcher(t).replaceAll("$1,");
            marks = spacedNumberMarks(t); // looked for again in the text as it is now
        }
        if ((marks & MAY_CLOSE_POINT) != 0) {
            t = SPACED_POINT.matcher(t).replaceAll("$1.");
        }
        return t;
    }

    /*
     * The two patterns search every position of a line, and most lines give them nothing to change:
     * these tests find the places where they could, and let the others through untouched.
     */

    private static final int MAY_REGROUP = 1;
    private static final int MAY_CLOSE_POINT = 2;

    /**
     * Where the patterns could change something, as bits: {@link #MAY_REGROUP} when a grouping comma
     * after a digit is full-width or has spaces around it (a plain “1,229” {@link #SPACED_GROUP} leaves as
     * it is), {@link #MAY_CLOSE_POINT} when a point after a digit is followed by a space, which
     * {@link #SPACED_POINT} needs. Each mark is found with indexOf, which compares many characters at a
     * time: most lines have some of them, and few have one that the patterns would change.
     */
    static int spacedNumberMarks(String t) {
        int found = mayRegroup(t, ',') || mayRegroup(t, '，') ? MAY_REGROUP : 0;
        return mayClosePoint(t, '.') || mayClosePoint(t, '．') ? found | MAY_CLOSE_POINT : found;
    }

    private static boolean mayRegroup(String t, char comma) {
        int n = t.length();
        for (int i = t.indexOf(comma, 1); i >= 0; i = t.indexOf(comma, i + 1)) {
            boolean spaced = isRegexSpace(t.charAt(i - 1)) || i + 1 < n && isRegexSpace(t.charAt(i + 1));
            if ((comma == '，' || spaced) && digitBefore(t, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayClosePoint(String t, char point) {
        int n = t.length();
        for (int i = t.indexOf(point, 1); i >= 0; i = t.indexOf(point, i + 1)) {
            if (i + 1 < n && isRegexSpace(t.charAt(i + 1)) && digitBefore(t, i)) {
                return true;
            }
        }
        return false;
    }

    /** True when the last character before {@code i} that is not {@code \s} is a digit. */
    private static boolean digitBefore(String t, int i) {
        int j = i - 1;
        while (j > 0 && isRegexSpace(t.charAt(j))) {
            j--;
        }
        return t.charAt(j) >= '0' && t.charAt(j) <= '9';
    }

    /** The characters {@code \s} matches (without UNICODE_CHARACTER_CLASS). */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The percentage as printed, scale kept: “8.69” stays 8.69, “100.00” stays 100.00. */
    static BigDecimal percent(String printed) {
        return new BigDecimal(printed);
    }

    /**
     * {@link #percent(String)} of {@code text[from, to)}, a number {@link #PERCENT} accepts (digits, then
     * a point and digits if any): from its digits and the count of its decimals, without copying it out
     * (up to 18 characters, so that the digits fit a long; longer ones through the String).
     */
    static BigDecimal percent(String text, int from, int to) {
        if (to - from > 18) {
            return new BigDecimal(text.substring(from, to));
        }
        long unscaled = 0;
        int scale = -1; // digits after the point; -1 before it
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                scale = 0;
            } else {
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            }
        }
        return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
    }

    /**
     * An amount followed by 万元, found by {@link #nextAmountWan}: {@code text.substring(start, numberEnd)} is
     * the number (group 1 of {@link #AMOUNT_WAN}), {@code end} is just after 万元.
     */
    record AmountWan(int start, int numberEnd, int end) {

        String number(String text) {
            return text.substring(start, numberEnd);
        }
    }

    /**
     * The first match of {@link #AMOUNT_WAN} at or after {@code from}, as {@code matcher.find(from)} finds
     * it, or null; by hand, since this runs over all the prose several times. A match starts at a digit
     * with no digit, point or comma before it (the look-behind); it cannot stop inside the run of digits,
     * points and commas that follows (the look-ahead refuses a digit or point after it, and only spaces
     * may stand before 万元), so the whole run is the number, when it is one.
     */
    static AmountWan nextAmountWan(String text, int from) {
        return nextAmountWan(text, 0, from, text.length());
    }

    /**
     * {@link #nextAmountWan(String, int)} in {@code text[lo, to)} as if it were the whole text (as a
     * matcher's region with its default opaque bounds: the look-behind sees nothing before {@code lo}),
     * searching from {@code from}; the offsets are the text's. Spares copying a part out of its paragraph.
     */
    static AmountWan nextAmountWan(String text, int lo, int from, int to) {
        int start = nextAmountWanStart(text, lo, from, to);
        return start < 0 ? null : new AmountWan(start, numberEnd(text, start, to), amountWanEnd(text, start, to));
    }

    /**
     * Where the number of {@link #nextAmountWan(String, int, int, int)} starts, or -1: the same search
     * without the record, for a caller that reads amount after amount where they lie.
     */
    static int nextAmountWanStart(String text, int lo, int from, int to) {
        int unit = text.indexOf("万元", from);
        if (unit < 0 || unit + 2 > to) {
            return -1;
        }
        // run by run: a digit inside a run has a digit, point or comma before it, so only the run's first
        // can start an amount, and the search goes on after the run's end (which is no digit)
        for (int d = nextDigit(text, from, to); d >= 0; ) {
            int k = numberEnd(text, d, to);
            if (d <= lo || !isNumberChar(text.charAt(d - 1))) {
                int j = skipSpaces(text, k, to);
                if (j + 2 <= to && text.startsWith("万元", j) && isAmount(text, d, k)) {
                    return d;
                }
            }
            d = nextDigit(text, k, to);
        }
        return -1;
    }

    /** The end of the run of digits, points and commas at {@code start}: the number of an amount found there. */
    static int numberEnd(String text, int start, int to) {
        int k = start;
        while (k < to && isNumberChar(text.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Just after the 万元 of the amount whose number starts at {@code start} ({@link #nextAmountWanStart}). */
    static int amountWanEnd(String text, int start, int to) {
        return skipSpaces(text, numberEnd(text, start, to), to) + 2;
    }

    /**
     * The amount {@code text[from, to)}, one {@link #isAmount} accepts, as {@link Money#of} reads it; from its
     * digits into cents, without copying it out (up to 16 digits, every real amount; longer ones through
     * {@link Money#of}).
     */
    static Money money(String text, int from, int to) {
        long cents = 0;
        int digits = 0;
        int decimals = -1; // digits read after the point; -1 before it
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                decimals = 0;
            } else if (c != ',') {
                cents = cents * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            }
        }
        if (digits > 16) {
            return Money.of(text.substring(from, to));
        }
        for (int d = Math.max(decimals, 0); d < 2; d++) {
            cents *= 10;
        }
        return Money.ofCents(cents);
    }

    /**
     * True when {@code text[from, to)} is what {@link #AMOUNT} accepts between its look-arounds:
     * {@code (?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?}.
     */
    static boolean isAmount(String text, int from, int to) {
        int intEnd = from;
        while (intEnd < to && (isDigit(text.charAt(intEnd)) || text.charAt(intEnd) == ',')) {
            intEnd++;
        }
        if (intEnd == from) {
            return false;
        }
        if (intEnd < to) {
            int decimals = to - intEnd - 1;
            if (text.charAt(intEnd) != '.' || decimals < 1 || decimals > 2 || !isDigit(text.charAt(intEnd + 1))
                    || !isDigit(text.charAt(to - 1))) {
                return false;
            }
        }
        // the first comma looked for in the integer part only: a search of the text would run on past the
        // number, to the next grouped amount or to the end of the paragraph, for every amount written without one
        int comma = from;
        while (comma < intEnd && text.charAt(comma) != ',') {
            comma++;
        }
        if (comma == intEnd) {
            return true; // digits only
        }
        if (comma == from || comma - from > 3) {
            return false;
        }
        for (int g = comma; g < intEnd; g += 4) {
            if (g + 4 > intEnd || text.charAt(g) != ',' || !isDigit(text.charAt(g + 1)) || !isDigit(text.charAt(g + 2))
                    || !isDigit(text.charAt(g + 3))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a percentage ({@link #PERCENT}) starting at {@code i} ends, just after its %, or -1 when none
     * starts there; {@code numberEnd[0]} receives the end of its number. The number is a run of digits,
     * then a point and a run of digits if there are some: a shorter one would be followed by a digit or a
     * point, where only spaces and % may follow.
     */
    static int percentAt(String text, int i, int[] numberEnd) {
        return percentAt(text, i, text.length(), numberEnd);
    }

    /** {@link #percentAt(String, int, int[])} in {@code text[0, to)} as if it were the whole text. */
    static int percentAt(String text, int i, int to, int[] numberEnd) {
        int e = percentAt(text, i, to);
        if (e >= 0) {
            numberEnd[0] = percentNumberEnd(text, i, e);
        }
        return e;
    }

    /** {@link #percentAt(String, int, int, int[])} without the number's end (see {@link #percentNumberEnd}). */
    static int percentAt(String text, int i, int to) {
        int k = i;
        while (k < to && isDigit(text.charAt(k))) {
            k++;
        }
        if (k == i) {
            return -1;
        }
        if (k + 1 < to && text.charAt(k) == '.' && isDigit(text.charAt(k + 1))) {
            k += 2;
            while (k < to && isDigit(text.charAt(k))) {
                k++;
            }
        }
        int j = skipSpaces(text, k, to);
        if (j < to && (text.charAt(j) == '%' || text.charAt(j) == '％')) {
            return j + 1;
        }
        return -1;
    }

    /**
     * The end of the number of a percentage that starts at {@code start} and ends just before {@code end}
     * ({@link #percentAt}): before the % and the spaces before it (the number ends in a digit).
     */
    static int percentNumberEnd(String text, int start, int end) {
        int k = end - 1;
        while (k > start && isRegexSpace(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    /** The first position at or after {@code i} that is not {@code \s}. */
    static int skipSpaces(String text, int i) {
        return skipSpaces(text, i, text.length());
    }

    /** The first position at or after {@code i} that is not {@code \s}, or {@code to}. */
    static int skipSpaces(String text, int i, int to) {
        while (i < to && isRegexSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == ',';
    }

    private static int nextDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return i;
            }
        }
        return -1;
    }

    /** A slice of a text, by offsets into it. */
    record Span(int start, int end) {

        String of(String text) {
            return text.substring(start, end);
        }

        /** The same slice with surrounding spaces left out. */
        Span trimmed(String text) {
            int s = start;
            int e = end;
            while (s < e && Texts.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Texts.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            return new Span(s, e);
        }

        boolean isEmpty() {
            return start >= end;
        }
    }

    /** Sentences of {@code span}, each without its closing mark. */
    static List<Span> sentences(String text, Span span) {
        return split(text, span, false);
    }

    /** Clauses of a sentence, cut at semicolons: the items of “其中：A…；B…；C…”. */
    static List<Span> clauses(String text, Span span) {
        return split(text, span, true);
    }

    /**
     * Parts of a clause, cut at commas, at enumeration commas (“一般公共预算拨款 X 万元、政府性基金预算拨款
     * Y 万元”) and before a bracketed “（其中：…）”. An ASCII comma between digits groups thousands and is
     * not a cut; the text has been {@link #clean}ed, so such a comma is always directly followed by digits.
     */
    static List<Span> parts(String text, Span span) {
        List<Span> out = new ArrayList<>();
        int from = span.start();
        for (int i = span.start(); i < span.end(); i++) {
            if (isPartCut(text, i)) {
                add(out, text, from, i);
                from = i + 1;
            }
        }
        add(out, text, from, span.end());
        return out;
    }

    /** True when {@link #parts} cuts at {@code text[i]}. */
    static boolean isPartCut(String text, int i) {
        char c = text.charAt(i);
        return c == '，' || c == '、' || c == ',' && !(i > 0 && Character.isDigit(text.charAt(i - 1))
                && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))
                || (c == '（' || c == '(') && text.startsWith("其中", i + 1);
    }

    private static List<Span> split(String text, Span span, boolean atClauses) {
        List<Span> out = new ArrayList<>();
        int from = span.start();
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (atClauses ? isClauseEnd(c) : isSentenceEnd(c)) {
                add(out, text, from, i);
                from = i + 1;
            }
        }
        add(out, text, from, span.end());
        return out;
    }

    /*
     * The marks tested one by one rather than looked up in a string: this runs for every character
     * of the prose, several times over.
     */

    /** A character of {@link #SENTENCE_END}. */
    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    /** A clause end: ；or ;. */
    static boolean isClauseEnd(char c) {
        return c == '；' || c == ';';
    }

    private static void add(List<Span> out, String text, int from, int to) {
        Span s = new Span(from, to).trimmed(text);
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
