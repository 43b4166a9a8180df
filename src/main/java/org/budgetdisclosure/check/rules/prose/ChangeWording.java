package org.budgetdisclosure.check.rules.prose;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final String AMOUNT = "(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2})?";

    /** “增加 98.28 万元，增长 8.69%”: the amount's word, the amount, the percentage's word, the percentage. */
    static final Pattern PAIR = Pattern.compile(
            "(增加|减少|增长|下降)了?\\s*(" + AMOUNT + ")\\s*万元\\s*[，,、]?\\s*(增长|下降|增加|减少|增幅|降幅)(?:了|为)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        for (Fact f : d.explanation().facts()) {
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
        for (Section s : d.explanation().sections()) {
            for (Paragraph p : s.paragraphs()) {
                if (p.text() == null || !p.text().contains("万元") || p.text().indexOf('%') < 0 && p.text().indexOf('％') < 0) {
                    continue; // PAIR needs 万元 and a percent sign: skip the regex scan where it cannot match
                }
                String text = p.text();
                Matcher m = PAIR.matcher(text).useTransparentBounds(true);
                // PAIR starts with its amount's word: it is tried only where one of those words starts, which
                // finds what find() would, without running the matcher at every character of the paragraph
                for (int w = nextWord(text, 0); w >= 0; ) {
                    if (!digitFollows(text, w + 2) || !m.region(w, text.length()).lookingAt()) {
                        w = nextWord(text, w + 1);
                        continue;
                    }
                    w = nextWord(text, m.end());
                    if (up(m.group(1)) != up(m.group(3))) {
                        out.report(INFO, Severity.ERROR, ProsePlaces.at(p.at(), s.number(), m.group(), "增减"), List.of(),
                                "同一增减的金额说“" + m.group(1) + "”，比例却说“" + m.group(3) + "”，方向相反。");
                    }
                }
            }
        }
    }

    /** The next position at or after {@code from} where 增加, 减少, 增长 or 下降 starts, or -1. */
    static int nextWord(String s, int from) {
        for (int i = from; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            char d = s.charAt(i + 1);
            if (c == '增' && (d == '加' || d == '长') || c == '减' && d == '少' || c == '下' && d == '降') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a digit follows at {@code i} after an optional 了 and spaces: what PAIR needs right after its
     * first word. Most words start no pair (“增加的主要原因是…”), and this turns them away without
     * setting up the matcher.
     */
    static boolean digitFollows(String s, int i) {
        int n = s.length();
        if (i < n && s.charAt(i) == '了') {
            i++;
        }
        while (i < n && isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** The characters {@code \s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean up(String word) {
        return word.startsWith("增");
    }
}
