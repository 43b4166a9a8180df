package org.budgetdisclosure.check.rules.prose;

import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Change;
import org.budgetdisclosure.model.Direction;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.Section;

/**
 * The words of a change agree with its figures: “持平” with a non-zero change, and an amount and a
 * percentage worded in opposite directions (“增加 5.00 万元，下降 8.47%”), are errors.
 *
 * <p>The second reads the paragraph text: a fact keeps one direction (the reader takes the amount's),
 * so a contradiction inside one statement is only visible in the words.
 */
public final class ChangeWording implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PROSE-CHANGE-WORDS", "增减的措辞应与增减数字的方向一致", Severity.ERROR, Family.PROSE);

    /*
     * A pair is “增加 98.28 万元，增长 8.69%”: the amount's word, the amount, the percentage's word, the
     * percentage. It was found with the regex
     *   (增加|减少|增长|下降)了?\s*(AMOUNT)\s*万元\s*[，,、]?\s*(增长|下降|增加|减少|增幅|降幅)(?:了|为)?\s*(\d+(?:\.\d+)?)\s*[%％]
     * with AMOUNT = (?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?, tried by lookingAt at each amount
     * word. secondWord and pairEnd read it by hand (ChangeWordingPairTest holds them to the regex): setting
     * up the matcher at every word was most of the rule's time.
     */

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        // by index: the lists are the model's immutable ones, whose iterators the compiler does not always spare
        List<Fact> facts = d.explanation().facts();
        for (int k = 0; k < facts.size(); k++) {
            Fact f = facts.get(k);
            Change c = f.change();
            if (c == null || c.direction() != Direction.FLAT) {
                continue;
            }
            boolean amount = c.amount() != null && !c.amount().isZero();
            boolean percent = c.percent() != null && c.percent().signum() != 0;
            if (amount || percent) {
                out.report(INFO, Severity.ERROR, ProsePlaces.fact(f, "增减"), List.of(),
                        "“" + f.subject().text() + "”称与上年持平，却又说明了"
                                + (amount ? "增减额 " + c.amount().formatted() + " 万元" : "增减比例 " + c.percent().toPlainString() + "%") + "。");
            }
        }
        d.explanation().forEachParagraph((s, p) -> pairs(s, p, out));
    }

    /** The change pairs of one paragraph worded in opposite directions. */
    private static void pairs(Section s, Paragraph p, Findings out) {
        String text = p.text();
        if (text == null || text.indexOf('%') < 0 && text.indexOf('％') < 0) {
            return; // a pair needs a percent sign: skip the scan where it cannot match
        }
        for (int w = nextPair(text, 0); w >= 0; ) {
            int second = secondWord(text, w);
            int end = pairEnd(text, second);
            if (up(text.charAt(w)) != up(text.charAt(second))) {
                report(text, w, second, end, p, s, out);
            }
            w = nextPair(text, end);
        }
    }

    /** The finding for a pair worded in opposite directions: out of {@link #check}, which seldom needs it. */
    private static void report(String text, int w, int second, int end, Paragraph p, Section s, Findings out) {
        String first = text.substring(w, w + 2);
        String then = text.substring(second, second + 2);
        out.report(INFO, Severity.ERROR, ProsePlaces.at(p.at(), s.number(), text.substring(w, end), "增减"), List.of(),
                "同一增减的金额说“" + first + "”，比例却说“" + then + "”，方向相反。");
    }

    /**
     * Where the first pair starting at or after {@code from} starts (its amount's word), or -1: the pairs
     * {@link #nextWord}, {@link #secondWord} and {@link #pairEnd} find walking from word to word.
     *
     * <p>Found from each 万元 backwards rather than from each word forwards: a vectorised search for 万元
     * instead of a look at every character. Between a pair's word and its 万元 stand only 了, spaces and
     * the amount's digits, commas and points, so each 万元 has one word it can belong to
     * ({@link #wordBefore}); the forward reading then decides whether the pair is whole.
     */
    static int nextPair(String s, int from) {
        for (int m = s.indexOf("万元", from); m >= 0; m = s.indexOf("万元", m + 1)) {
            int w = wordBefore(s, m);
            if (w >= from) {
                int second = secondWord(s, w);
                if (second >= 0 && pairEnd(s, second) >= 0) {
                    return w;
                }
            }
        }
        return -1;
    }

    /**
     * Where the amount's word stands whose pair would have its 万元 at {@code m}: back over spaces, the
     * amount's digits, commas and points, spaces and a 了; -1 when no 增加, 减少, 增长 or 下降 stands there.
     */
    private static int wordBefore(String s, int m) {
        int i = m;
        while (i > 0 && isRegexSpace(s.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && (digit(s.charAt(i - 1)) || s.charAt(i - 1) == ',' || s.charAt(i - 1) == '.')) {
            i--;
        }
        while (i > 0 && isRegexSpace(s.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && s.charAt(i - 1) == '了') {
            i--;
        }
        int w = i - 2;
        return w >= 0 && isFirstWord(s.charAt(w), s.charAt(w + 1)) ? w : -1;
    }

    /**
     * Where the percentage's word of a pair starts, for a pair whose amount's word starts at {@code w}
     * (as {@link #nextWord} finds it): after 了, spaces, the amount, spaces, 万元, spaces, a comma and spaces.
     * -1 when there is no such word there.
     */
    static int secondWord(String s, int w) {
        int n = s.length();
        int i = w + 2;
        if (i < n && s.charAt(i) == '了') {
            i++; // 了? is greedy, and without it no digit could follow
        }
        i = spaces(s, i);
        // the amount ends where the run of digits, commas and points ends: what follows it must be a space or 万
        int start = i;
        while (i < n && (digit(s.charAt(i)) || s.charAt(i) == ',' || s.charAt(i) == '.')) {
            i++;
        }
        if (!isAmount(s, start, i)) {
            return -1;
        }
        i = spaces(s, i);
        if (!s.startsWith("万元", i)) {
            return -1;
        }
        i = spaces(s, i + 2);
        if (i < n && (s.charAt(i) == '，' || s.charAt(i) == ',' || s.charAt(i) == '、')) {
            i = spaces(s, i + 1);
        }
        return i + 1 < n && isSecondWord(s.charAt(i), s.charAt(i + 1)) ? i : -1;
    }

    /**
     * Where the pair ends (after its % or ％), given where its percentage's word starts ({@link #secondWord});
     * -1 when no percentage follows.
     */
    static int pairEnd(String s, int second) {
        int n = s.length();
        int i = second + 2;
        if (i < n && (s.charAt(i) == '了' || s.charAt(i) == '为')) {
            i++;
        }
        i = spaces(s, i);
        int digits = i;
        while (i < n && digit(s.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return -1;
        }
        if (i + 1 < n && s.charAt(i) == '.' && digit(s.charAt(i + 1))) {
            i += 2;
            while (i < n && digit(s.charAt(i))) {
                i++;
            }
        }
        i = spaces(s, i);
        return i < n && (s.charAt(i) == '%' || s.charAt(i) == '％') ? i + 1 : -1;
    }

    /**
     * Whether {@code s[from, to)} is all of an AMOUNT: digits, or 1–3 digits and groups of “,ddd”, then
     * optionally a point and one or two digits. (Its look-behind always holds here: before it stands the
     * word, 了 or a space.)
     */
    private static boolean isAmount(String s, int from, int to) {
        int point = from;
        while (point < to && s.charAt(point) != '.') {
            point++;
        }
        if (point < to) {
            int decimals = to - point - 1;
            if (decimals < 1 || decimals > 2 || !digit(s.charAt(point + 1)) || decimals == 2 && !digit(s.charAt(point + 2))) {
                return false;
            }
        }
        int comma = from;
        while (comma < point && s.charAt(comma) != ',') {
            comma++;
        }
        if (comma == point) {
            return point > from; // \d+ (the run holds only digits, commas and points)
        }
        if (comma - from > 3 || comma == from) {
            return false;
        }
        for (int g = comma; g < point; g += 4) { // (?:,\d{3})+ up to the point
            if (g + 4 > point || s.charAt(g) != ',' || !digit(s.charAt(g + 1)) || !digit(s.charAt(g + 2)) || !digit(s.charAt(g + 3))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSecondWord(char c, char d) {
        return c == '增' && (d == '长' || d == '加' || d == '幅') || c == '下' && d == '降' || c == '减' && d == '少'
                || c == '降' && d == '幅';
    }

    private static int spaces(String s, int i) {
        while (i < s.length() && isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The next position at or after {@code from} where 增加, 减少, 增长 or 下降 starts, or -1: how the pairs
     * were found before {@link #nextPair} (kept to hold it to this).
     */
    static int nextWord(String s, int from) {
        for (int i = from; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            char d = s.charAt(i + 1);
            if (isFirstWord(c, d)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code c} and {@code d} are 增加, 减少, 增长 or 下降: an amount's word. */
    private static boolean isFirstWord(char c, char d) {
        return c == '增' && (d == '加' || d == '长') || c == '减' && d == '少' || c == '下' && d == '降';
    }

    /** The characters {@code \s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean up(char word) {
        return word == '增';
    }
}
