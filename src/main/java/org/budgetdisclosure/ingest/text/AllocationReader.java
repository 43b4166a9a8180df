package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.AllocationPart;
import org.budgetdisclosure.model.Money;

/**
 * Reads a project's 资金分配情况 into the parts it names with amounts in 万元. Each “X万元” is a part;
 * its label is the words before it in its clause (“电子政务运行维护83万元”), or before the colon of a
 * numbered item (“1.互联网费用：4.8万元用于…”), or, when nothing names it, what it is used for (“5 万元
 * 用于干部职工健康体检”). Not parts: a stated total (“共计50万元”), a change (“增加5万元”), a threshold
 * (“50万元以上”), and amounts in 元 (“625 元”) — the unit of parts is 万元.
 */
final class AllocationReader {

    /**
     * @param statedTotal the total the text states, or null
     * @param parts       the parts in printed order
     */
    record Allocation(Money statedTotal, List<AllocationPart> parts) {

        Allocation {
            parts = List.copyOf(parts);
        }
    }

    /*
     * The words around an amount are matched by hand, on offsets into the text rather than on copies of
     * the clause before it and of the whole text after it (a copy for each amount). The patterns they
     * stood for, which AllocationReaderTest holds them to:
     *   a stated total     (?:共计|合计|总计|总额为?|共)\s*$           on the clause before the amount
     *   a change           (?:增加|减少|增长|下降|节约|超出)了?\s*$     on the clause before
     *   a threshold        ^\s*(?:以上|以下|以内|及以上)                on the text after
     *   what it is used for ^\s*(?:主要)?用于([^，,。；;：:]+)          on the text after
     *   a numbering        ^(?:\d{1,2}\s*[.、．](?!\d)|[（(]\d{1,2}[)）]|其中[：:]?)\s*   taken off the label
     *   a colon            [：:]$                                      taken off the clause
     *   a linking word     (?:为|计|约|共)$                            taken off the label
     * Without MULTILINE, $ matches at the end and before a line terminator that ends the text.
     */

    private static final String CLAUSE_MARKS = "。；;，,！？!?";

    private AllocationReader() {
    }

    static Allocation read(String text) {
        Money total = null;
        List<AllocationPart> parts = new ArrayList<>();
        if (text == null) {
            return new Allocation(null, parts);
        }
        for (ProseText.AmountWan m = ProseText.nextAmountWan(text, 0); m != null; m = ProseText.nextAmountWan(text, m.end())) {
            int clause = clauseStart(text, m.start());
            Money amount = Money.of(m.number(text));
            if (endsWithTotalWord(text, clause, m.start())) {
                if (total == null) {
                    total = amount;
                }
                continue;
            }
            if (endsWithChangeWord(text, clause, m.start()) || startsWithThreshold(text, m.end())) {
                continue;
            }
            parts.add(new AllocationPart(label(text, clause, m.start(), m.end()), amount));
        }
        return new Allocation(total, parts);
    }

    /** Where the clause holding {@code at} starts: just after the last clause mark before it. */
    private static int clauseStart(String text, int at) {
        int from = at;
        while (from > 0 && CLAUSE_MARKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    /**
     * Where a word ending {@code text[from, to)} must end for a pattern {@code word\\s*$} to find it:
     * before the spaces that close the range. The words end in Chinese, never in a space.
     */
    private static int wordEnd(String text, int from, int to) {
        return skipSpacesBack(text, from, to);
    }

    /**
     * The same before a final line terminator that {@code \\s} does not match, or -1 without one: there
     * {@code $} matches too.
     */
    private static int wordEndBeforeTerminator(String text, int from, int to) {
        if (to > from && isOtherTerminator(text.charAt(to - 1))) {
            return skipSpacesBack(text, from, to - 1);
        }
        return -1;
    }

    /** The line terminators that {@code \s} does not match: \n and \r are spaces already. */
    private static boolean isOtherTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static int skipSpacesBack(String text, int from, int to) {
        while (to > from && ProseText.isRegexSpace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** {@code (?:共计|合计|总计|总额为?|共)\s*$} found in {@code text[from, to)}. */
    private static boolean endsWithTotalWord(String text, int from, int to) {
        return isTotalWordBefore(text, from, wordEnd(text, from, to))
                || isTotalWordBefore(text, from, wordEndBeforeTerminator(text, from, to));
    }

    private static boolean isTotalWordBefore(String text, int from, int end) {
        if (end <= from) {
            return false;
        }
        char last = text.charAt(end - 1);
        char before = end - 2 >= from ? text.charAt(end - 2) : 0;
        return last == '共'
                || last == '计' && (before == '共' || before == '合' || before == '总')
                || last == '额' && before == '总'
                || last == '为' && before == '额' && end - 3 >= from && text.charAt(end - 3) == '总';
    }

    /** {@code (?:增加|减少|增长|下降|节约|超出)了?\s*$} found in {@code text[from, to)}. */
    private static boolean endsWithChangeWord(String text, int from, int to) {
        return isChangeWordBefore(text, from, wordEnd(text, from, to))
                || isChangeWordBefore(text, from, wordEndBeforeTerminator(text, from, to));
    }

    private static boolean isChangeWordBefore(String text, int from, int end) {
        if (end > from && text.charAt(end - 1) == '了') {
            end--; // no change word ends in 了
        }
        if (end - 2 < from) {
            return false;
        }
        char a = text.charAt(end - 2);
        char b = text.charAt(end - 1);
        return a == '增' && (b == '加' || b == '长') || a == '减' && b == '少' || a == '下' && b == '降'
                || a == '节' && b == '约' || a == '超' && b == '出';
    }

    /** {@code ^\s*(?:以上|以下|以内|及以上)} at {@code from}. */
    private static boolean startsWithThreshold(String text, int from) {
        int i = ProseText.skipSpaces(text, from);
        return text.startsWith("以上", i) || text.startsWith("以下", i) || text.startsWith("以内", i) || text.startsWith("及以上", i);
    }

    /** The label of the amount at {@code text[at, after)} whose clause starts at {@code clause}. */
    private static String label(String text, int clause, int at, int after) {
        // “主要用于以下几个方面：1.互联网费用：” → 互联网费用: the words after the last colon but one
        String b = withoutLast(Texts.strip(text.substring(clause, at)), "：:");
        int colon = Math.max(b.lastIndexOf('：'), b.lastIndexOf(':'));
        if (colon >= 0) {
            b = b.substring(colon + 1);
        }
        b = Texts.strip(b);
        b = Texts.strip(b.substring(numberingLength(b)));
        b = Texts.strip(withoutLast(b, "为计约共"));
        if (!b.isEmpty()) {
            return b;
        }
        return usedFor(text, after);
    }

    /**
     * {@code s} with {@code [marks]$} taken off: its last character when that is one of {@code marks}, or
     * the one before a final line terminator. {@code s} is stripped, so that terminator can only be U+0085,
     * the one line terminator that is no whitespace.
     */
    private static String withoutLast(String s, String marks) {
        int n = s.length();
        if (n >= 2 && s.charAt(n - 1) == '\u0085' && marks.indexOf(s.charAt(n - 2)) >= 0) {
            return s.substring(0, n - 2) + '\u0085';
        }
        return n >= 1 && marks.indexOf(s.charAt(n - 1)) >= 0 ? s.substring(0, n - 1) : s;
    }

    /** The length of {@code ^(?:\d{1,2}\s*[.、．](?!\d)|[（(]\d{1,2}[)）]|其中[：:]?)} at the start of {@code s}, else 0. */
    static int numberingLength(String s) {
        int n = s.length();
        int digits = 0;
        while (digits < n && ProseText.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits >= 1) {
            int k = ProseText.skipSpaces(s, digits);
            boolean mark = digits <= 2 && k < n && ".、．".indexOf(s.charAt(k)) >= 0;
            return mark && !(k + 1 < n && ProseText.isDigit(s.charAt(k + 1))) ? k + 1 : 0;
        }
        if (n > 0 && (s.charAt(0) == '（' || s.charAt(0) == '(')) {
            int k = 1;
            while (k < n && ProseText.isDigit(s.charAt(k))) {
                k++;
            }
            return k >= 2 && k <= 3 && k < n && (s.charAt(k) == ')' || s.charAt(k) == '）') ? k + 1 : 0;
        }
        if (s.startsWith("其中")) {
            return n > 2 && (s.charAt(2) == '：' || s.charAt(2) == ':') ? 3 : 2;
        }
        return 0;
    }

    /** Group 1 of {@code ^\s*(?:主要)?用于([^，,。；;：:]+)} at {@code from}, stripped; "" when it does not match. */
    private static String usedFor(String text, int from) {
        int i = ProseText.skipSpaces(text, from);
        if (text.startsWith("主要用于", i)) {
            i += 4;
        } else if (text.startsWith("用于", i)) {
            i += 2;
        } else {
            return "";
        }
        int end = i;
        while (end < text.length() && "，,。；;：:".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end > i ? Texts.strip(text.substring(i, end)) : "";
    }
}
