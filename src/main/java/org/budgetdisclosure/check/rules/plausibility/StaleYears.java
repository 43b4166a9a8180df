package org.budgetdisclosure.check.rules.plausibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Quoted titles and document numbers: their years are the years they were issued. */
    private static final Pattern QUOTED = Pattern.compile("《[^》]*》|〔[^〕]*〕|\\[[^\\]]*\\]");

    /*
     * Both are tried only where a run of four or more digits starts after neither a digit nor a dot
     * (see yearsIn): the same matches as a find() with that look-behind, without running the regex
     * engine at every character of every paragraph.
     */
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");

    private static final Pattern BARE_YEAR = Pattern.compile("(\\d{4})\\s*年(?!\\s*\\d{1,2}\\s*月)");

    private static final Pattern AS_OF = Pattern.compile("(?:截至|截止|截止到|截止至)\\s*$");

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
        for (Section s : d.explanation().sections()) {
            for (Paragraph p : s.paragraphs()) {
                if (p.text() == null || p.text().indexOf('年') < 0) {
                    continue; // no year to look at: skip the regex scans
                }
                String text = mayQuote(p.text()) ? QUOTED.matcher(p.text()).replaceAll("") : p.text();
                int[] candidates = candidates(text);
                if (candidates.length == 0) {
                    continue;
                }
                Set<String> seen = new LinkedHashSet<>();
                for (MatchResult m : yearsIn(MONTH, text, candidates)) {
                    int y = Integer.parseInt(m.group(1));
                    if (y != year && !asOf(text, m.start()) && seen.add(m.group())) {
                        out.report(INFO, INFO.severity(), ProsePlaces.at(p.at(), s.number(), m.group(), "年份"), List.of(),
                                "第" + s.number() + "节提到“" + m.group() + "”，不在 " + year + " 预算年度内，可能是沿用往年的文字。");
                    }
                }
                for (MatchResult m : yearsIn(BARE_YEAR, text, candidates)) {
                    int y = Integer.parseInt(m.group(1));
                    boolean plausibleYear = y >= 1949 && y <= 2200;
                    if (plausibleYear && y != year && y != year - 1 && !asOf(text, m.start()) && seen.add(m.group())) {
                        out.report(INFO, INFO.severity(), ProsePlaces.at(p.at(), s.number(), m.group(), "年份"), List.of(),
                                "第" + s.number() + "节提到“" + m.group() + "”，既不是预算年度 " + year + " 也不是上年，可能是沿用往年的文字。");
                    }
                }
            }
        }
    }

    /**
     * Where a year may start: four digits after neither a digit nor a dot, with only spaces between them
     * and a 年 (both patterns need that much). Found from each 年 backwards, in ascending order.
     */
    private static int[] candidates(String text) {
        int[] out = new int[4];
        int n = 0;
        for (int y = text.indexOf('年'); y >= 0; y = text.indexOf('年', y + 1)) {
            int e = y;
            while (e > 0 && isRegexSpace(text.charAt(e - 1))) {
                e--;
            }
            int i = e - 4;
            if (i < 0 || !digit(text, i) || !digit(text, i + 1) || !digit(text, i + 2) || !digit(text, i + 3)
                    || i > 0 && (digit(text, i - 1) || text.charAt(i - 1) == '.')) {
                continue;
            }
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * The matches of {@code p} at the candidates, in order, each candidate inside a match skipped: what a
     * scan of every position with the look-behind “no digit or dot before” finds, since neither pattern
     * matches anywhere else.
     */
    private static List<MatchResult> yearsIn(Pattern p, String text, int[] candidates) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = null;
        int n = text.length();
        int from = 0;
        for (int i : candidates) {
            if (i < from) {
                continue;
            }
            m = m == null ? p.matcher(text) : m;
            m.region(i, n);
            if (m.lookingAt()) {
                found.add(m.toMatchResult());
                from = m.end();
            }
        }
        return found;
    }

    /** The characters {@code \s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean digit(String text, int i) {
        char c = text.charAt(i);
        return c >= '0' && c <= '9';
    }

    private static boolean mayQuote(String text) {
        return text.indexOf('《') >= 0 || text.indexOf('〔') >= 0 || text.indexOf('[') >= 0;
    }

    private static boolean asOf(String text, int at) {
        return AS_OF.matcher(text.substring(Math.max(0, at - AS_OF_REACH), at)).find();
    }
}
