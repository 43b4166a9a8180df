package org.budgetdisclosure.check.rules.plausibility;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.prose.ProsePlaces;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.Section;

/**
 * Years in part 3 that do not belong to a budget for year Y — usually text copied from last year's
 * disclosure and not updated:
 * <ul>
 *   <li>a month or a day (“2025年1月至12月”, “2025年6月30日”) outside year Y: the budget pays for year
 *       Y, so a period of another year is stale (or premature);</li>
 *   <li>a bare year (“2025年”, “2024年度”) other than Y and Y − 1: comparing with last year is what
 *       part 3 does, anything older or later is suspect.</li>
 * </ul>
 * Not counted: what follows 截至/截止 (the asset figures are as of the previous year by design; see
 * PROSE-DATE), and the titles of documents in 《》 and document numbers in 〔〕, which carry the
 * year they were issued.
 */
public final class StaleYears implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PLAUS-STALE-YEAR", "情况说明中出现不属于预算年度的年份或日期", Severity.WARNING, Family.PLAUSIBILITY);

    /*
     * A year is four digits after neither a digit nor a dot, spaces, then 年; it names a month when
     * spaces, one or two digits, spaces and 月 follow. Found by hand from each 年 (MentionsTest holds this
     * to the patterns (\\d{4})\\s*年\\s*(\\d{1,2})\\s*月 and (\\d{4})\\s*年(?!\\s*\\d{1,2}\\s*月) with that
     * look-behind, and the removal of quotes to 《[^》]*》|〔[^〕]*〕|\\[[^\\]]*\\]): the regex engine's set-up
     * at every candidate was most of the rule's time.
     */

    /** How far before a year 截至 may stand (“截至 2025 年底” has it right before). */
    private static final int AS_OF_REACH = 4;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        Integer year = d.header() == null ? null : d.header().year();
        if (year == null || d.explanation() == null) {
            return;
        }
        Mentions mentions = new Mentions(); // refilled for each paragraph
        int budgetYear = year;
        d.explanation().forEachParagraph((s, p) -> paragraph(s, p, budgetYear, mentions, out));
    }

    /** The stale years of one paragraph. */
    private static void paragraph(Section s, Paragraph p, int year, Mentions mentions, Findings out) {
        if (p.text() == null || p.text().indexOf('年') < 0) {
            return; // no year to look at: skip the regex scans
        }
        String text = withoutQuotes(p.text());
        int count = mentions.read(text);
        if (count == 0) {
            return;
        }
        Set<String> seen = null; // what was reported in this paragraph, made at the first report
        int[] candidates = mentions.starts;
        int[] monthEnds = mentions.monthEnds;
        for (int k = 0; k < count; k++) {
            int i = candidates[k];
            if (monthEnds[k] < 0 || year(text, i) == year || asOf(text, i)) {
                continue; // the usual mention, of the budget year: no text to cut out
            }
            String m = text.substring(i, monthEnds[k]);
            if (seen == null) {
                seen = new LinkedHashSet<>();
            }
            if (seen.add(m)) {
                out.report(INFO, INFO.severity(), ProsePlaces.at(p.at(), s.number(), m, "年份"), List.of(),
                        "第" + s.number() + "节提到“" + m + "”，不在 " + year + " 预算年度内，可能是沿用往年的文字。");
            }
        }
        for (int k = 0; k < count; k++) {
            int i = candidates[k];
            if (monthEnds[k] >= 0) {
                continue;
            }
            int y = year(text, i);
            boolean plausibleYear = y >= 1949 && y <= 2200;
            if (!plausibleYear || y == year || y == year - 1 || asOf(text, i)) {
                continue;
            }
            String m = text.substring(i, text.indexOf('年', i) + 1);
            if (seen == null) {
                seen = new LinkedHashSet<>();
            }
            if (seen.add(m)) {
                out.report(INFO, INFO.severity(), ProsePlaces.at(p.at(), s.number(), m, "年份"), List.of(),
                        "第" + s.number() + "节提到“" + m + "”，既不是预算年度 " + year + " 也不是上年，可能是沿用往年的文字。");
            }
        }
    }

    /**
     * The years a paragraph mentions ({@link #candidates}) and where the month each names ends
     * ({@link #monthEnd}), in arrays kept from one paragraph to the next: most paragraphs mention a year
     * or two, and three arrays per paragraph were most of what the rule allocated.
     */
    private static final class Mentions {

        int[] starts = new int[8];
        int[] monthEnds = new int[8];

        /** Reads the paragraph's mentions into the arrays; how many there are. */
        int read(String text) {
            int n = 0;
            for (int y = text.indexOf('年'); y >= 0; y = text.indexOf('年', y + 1)) {
                int i = yearBefore(text, y);
                if (i < 0) {
                    continue;
                }
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                    monthEnds = java.util.Arrays.copyOf(monthEnds, n * 2);
                }
                starts[n++] = i;
            }
            for (int k = 0; k < n; k++) {
                monthEnds[k] = monthEnd(text, starts[k]);
            }
            return n;
        }
    }

    /** Where the year whose 年 is at {@code y} starts (four digits, spaces, then the 年), or -1. */
    private static int yearBefore(String text, int y) {
        int e = y;
        while (e > 0 && isRegexSpace(text.charAt(e - 1))) {
            e--;
        }
        int i = e - 4;
        if (i < 0 || !digit(text, i) || !digit(text, i + 1) || !digit(text, i + 2) || !digit(text, i + 3)
                || i > 0 && (digit(text, i - 1) || text.charAt(i - 1) == '.')) {
            return -1;
        }
        return i;
    }

    /**
     * Where a year starts: four digits after neither a digit nor a dot, with only spaces between them
     * and a 年. Found from each 年 backwards, in ascending order.
     */
    static int[] candidates(String text) {
        Mentions m = new Mentions();
        return java.util.Arrays.copyOf(m.starts, m.read(text));
    }

    /** The four digits at {@code i} as a number. */
    private static int year(String text, int i) {
        return (text.charAt(i) - '0') * 1000 + (text.charAt(i + 1) - '0') * 100 + (text.charAt(i + 2) - '0') * 10
                + text.charAt(i + 3) - '0';
    }

    /**
     * Where the month named after the year at candidate {@code i} ends (after its 月), or -1 when the
     * year names no month. A run of three or more digits is no month: {@code \d{1,2}} may take neither
     * all of it nor a part followed by a digit.
     */
    static int monthEnd(String text, int i) {
        int n = text.length();
        int j = text.indexOf('年', i + 4) + 1; // the candidate has only spaces between its digits and 年
        while (j < n && isRegexSpace(text.charAt(j))) {
            j++;
        }
        int digits = 0;
        while (j < n && digit(text, j)) {
            j++;
            digits++;
        }
        if (digits < 1 || digits > 2) {
            return -1;
        }
        while (j < n && isRegexSpace(text.charAt(j))) {
            j++;
        }
        return j < n && text.charAt(j) == '月' ? j + 1 : -1;
    }

    /** The text with quoted titles 《…》, document numbers 〔…〕 and […] removed (each to its first closing mark). */
    static String withoutQuotes(String text) {
        if (text.indexOf('《') < 0 && text.indexOf('〔') < 0 && text.indexOf('[') < 0) {
            return text; // the usual paragraph: three vectorised searches rather than a walk through it
        }
        StringBuilder b = null;
        int copied = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char close = c == '《' ? '》' : c == '〔' ? '〕' : c == '[' ? ']' : 0;
            int j = close == 0 ? -1 : text.indexOf(close, i + 1);
            if (j < 0) {
                continue; // no quote opens here
            }
            if (b == null) {
                b = new StringBuilder(n);
            }
            b.append(text, copied, i);
            copied = j + 1;
            i = j;
        }
        return b == null ? text : b.append(text, copied, n).toString();
    }

    /** The line terminators {@code $} may stand before that {@code \s} does not match. */
    private static boolean isOtherLineTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The characters {@code \s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean digit(String text, int i) {
        char c = text.charAt(i);
        return c >= '0' && c <= '9';
    }

    /**
     * Whether 截至, 截止, 截止到 or 截止至 and only spaces stand before {@code at}, within {@link #AS_OF_REACH}
     * characters: as {@code (?:截至|截止|截止到|截止至)\s*$} found in those characters, told without cutting
     * them out and setting up a matcher (StaleYearsScanTest holds it to the pattern).
     */
    static boolean asOf(String text, int at) {
        int from = Math.max(0, at - AS_OF_REACH);
        int e = at;
        if (e > from && isOtherLineTerminator(text.charAt(e - 1))) {
            e--; // $ also matches before a final line terminator, and these three are no \s
        }
        while (e > from && isRegexSpace(text.charAt(e - 1))) {
            e--;
        }
        // the word ends where the spaces start (its last character is none): 至 or 止 after 截, 到 or 至 after 截止
        if (e - 2 < from) {
            return false;
        }
        char last = text.charAt(e - 1);
        char before = text.charAt(e - 2);
        if (before == '截' && (last == '至' || last == '止')) {
            return true;
        }
        return (last == '到' || last == '至') && e - 3 >= from && text.charAt(e - 3) == '截' && before == '止';
    }
}
