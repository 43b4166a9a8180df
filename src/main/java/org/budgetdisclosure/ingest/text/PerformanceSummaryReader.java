package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.PerformanceSummary;
import org.budgetdisclosure.model.Subject;
import org.budgetdisclosure.model.SubjectKind;

/**
 * Reads 预算绩效情况's summary sentence: “整体预算绩效目标 1 个，涉及预算金额 X 万元；当年预算安排项目共
 * 3 个，其中：财政拨款项目涉及预算金额 X 万元；非财政拨款项目涉及预算金额 X 万元。” Its amounts are also
 * PERFORMANCE facts (keys departmentTargets, fiscalProjects, nonFiscalProjects).
 */
final class PerformanceSummaryReader {

    static final Pattern DEPARTMENT = Pattern.compile(
            "整体(?:预算)?绩效目标\\s*(\\d+)\\s*个(?:[^；;。]*?(" + ProseText.AMOUNT + ")\\s*万元)?");
    static final Pattern PROJECTS = Pattern.compile("项目(?:共|总数为?|合计)?\\s*(\\d+)\\s*个");
    static final Pattern FISCAL = Pattern.compile("(?<!非)财政拨款项目[^；;。]*?(" + ProseText.AMOUNT + ")\\s*万元");
    static final Pattern NON_FISCAL = Pattern.compile("非财政拨款项目[^；;。]*?(" + ProseText.AMOUNT + ")\\s*万元");

    record Result(PerformanceSummary summary, List<Fact> facts) {

        Result {
            facts = List.copyOf(facts);
        }
    }

    private PerformanceSummaryReader() {
    }

    static Result read(List<ProseParagraph> paragraphs, int section, ReadContext ctx) {
        Integer departmentTargets = null;
        boolean departmentRead = false; // a count too large to read is reported once, not looked for again
        Money departmentAmount = null;
        Integer projects = null;
        boolean projectsRead = false;
        Money fiscal = null;
        Money nonFiscal = null;
        List<Fact> facts = new ArrayList<>();
        int first = 0;
        for (ProseParagraph p : paragraphs) {
            if (p.heading()) {
                continue;
            }
            String t = p.text();
            // each phrase looked for once, and only while its value is missing; a paragraph before any
            // match has none of the values yet, so its matches also tell where the summary starts
            Found d = departmentRead ? null : department(t);
            Found pr = projectsRead ? null : projects(t);
            Found f = fiscal == null ? fiscal(t) : null;
            if (first == 0 && (d != null || pr != null || f != null)) {
                first = p.firstLine();
            }
            if (d != null) {
                departmentRead = true;
                departmentTargets = count(d.count(), p.lineAt(d.start()), ctx);
                if (d.amount() != null) {
                    departmentAmount = d.amount();
                    facts.add(fact(section, "departmentTargets", "整体预算绩效目标", departmentAmount, p.lineAt(d.amountStart()), ctx));
                }
            }
            if (pr != null) {
                projectsRead = true;
                projects = count(pr.count(), p.lineAt(pr.start()), ctx);
            }
            if (f != null) {
                fiscal = f.amount();
                facts.add(fact(section, "fiscalProjects", "财政拨款项目", fiscal, p.lineAt(f.start()), ctx));
            }
            Found m = nonFiscal == null ? nonFiscal(t) : null;
            if (m != null) {
                nonFiscal = m.amount();
                facts.add(fact(section, "nonFiscalProjects", "非财政拨款项目", nonFiscal, p.lineAt(m.start()), ctx));
            }
        }
        if (departmentTargets == null && departmentAmount == null && projects == null && fiscal == null && nonFiscal == null) {
            int line = paragraphs.isEmpty() ? 0 : paragraphs.get(0).firstLine();
            ctx.warning("READ-PERFORMANCE-UNREAD", "预算绩效情况中读不出绩效目标个数和涉及的预算金额。", line);
            return new Result(null, facts);
        }
        PerformanceSummary summary = new PerformanceSummary(departmentTargets, departmentAmount, projects, fiscal, nonFiscal, ctx.at(first));
        return new Result(summary, facts);
    }

    /*
     * The phrases matched by hand, as each pattern's find() finds them: the patterns searched the
     * paragraph from every position, with a matcher each. Every phrase starts with a fixed word, so
     * only where that word stands is a match tried.
     */

    /**
     * A phrase found: where it starts, the count (a pattern's digits group, or null), the amount (its
     * AMOUNT group as {@link Money}, or null) and where the amount's number starts (-1 for none).
     */
    record Found(int start, String count, Money amount, int amountStart) {
    }

    /** {@link #DEPARTMENT}: 整体(预算)?绩效目标, spaces, the count, spaces, 个, then the first amount in 万元 before any ；;。 if there is one. */
    static Found department(String t) {
        for (int i = t.indexOf("整体"); i >= 0; i = t.indexOf("整体", i + 1)) {
            int p = i + 2;
            if (t.startsWith("预算", p)) {
                p += 2; // without it 绩效目标 would have to stand where 预算 does
            }
            if (!t.startsWith("绩效目标", p)) {
                continue;
            }
            int end = countEnd(t, p + 4);
            if (end < 0) {
                continue;
            }
            String count = t.substring(ProseText.skipSpaces(t, p + 4), digitsEnd(t, ProseText.skipSpaces(t, p + 4)));
            int a = amountInClause(t, end);
            return a < 0 ? new Found(i, count, null, -1) : new Found(i, count, amount(t, a), a);
        }
        return null;
    }

    /** {@link #PROJECTS}: 项目, then 共, 总数为?, 合计 or nothing, spaces, the count, spaces, 个. */
    static Found projects(String t) {
        for (int i = t.indexOf("项目"); i >= 0; i = t.indexOf("项目", i + 1)) {
            int p = i + 2;
            // the longest word present: after a shorter one its next character would stand where a space or digit must
            if (t.startsWith("共", p)) {
                p += 1;
            } else if (t.startsWith("总数为", p)) {
                p += 3;
            } else if (t.startsWith("总数", p) || t.startsWith("合计", p)) {
                p += 2;
            }
            if (countEnd(t, p) >= 0) {
                int digits = ProseText.skipSpaces(t, p);
                return new Found(i, t.substring(digits, digitsEnd(t, digits)), null, -1);
            }
        }
        return null;
    }

    /** {@link #FISCAL}: 财政拨款项目 with no 非 before it, then the first amount in 万元 before any ；;。. */
    static Found fiscal(String t) {
        return projectAmount(t, "财政拨款项目", true);
    }

    /** {@link #NON_FISCAL}: 非财政拨款项目, then the first amount in 万元 before any ；;。. */
    static Found nonFiscal(String t) {
        return projectAmount(t, "非财政拨款项目", false);
    }

    private static Found projectAmount(String t, String word, boolean notAfterFei) {
        for (int i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
            if (notAfterFei && i > 0 && t.charAt(i - 1) == '非') {
                continue;
            }
            int a = amountInClause(t, i + word.length());
            if (a >= 0) {
                return new Found(i, null, amount(t, a), a);
            }
        }
        return null;
    }

    /**
     * After {@code \s*(\d+)\s*个} at {@code p}, or -1. The runs take all they can: a shorter one would leave a
     * space or digit where a digit or 个 must stand.
     */
    private static int countEnd(String t, int p) {
        int d = ProseText.skipSpaces(t, p);
        int e = digitsEnd(t, d);
        if (e == d) {
            return -1;
        }
        int g = ProseText.skipSpaces(t, e);
        return g < t.length() && t.charAt(g) == '个' ? g + 1 : -1;
    }

    private static int digitsEnd(String t, int i) {
        while (i < t.length() && ProseText.isDigit(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * {@code [^；;。]*?(AMOUNT)\s*万元} at {@code from}: where the number of the first amount in 万元 from there on
     * starts, when no ；;。 stands before it (the lazy run cannot pass one), or -1.
     */
    private static int amountInClause(String t, int from) {
        int a = ProseText.nextAmountWanStart(t, 0, from, t.length());
        if (a < 0) {
            return -1;
        }
        for (int i = from; i < a; i++) {
            char c = t.charAt(i);
            if (c == '；' || c == ';' || c == '。') {
                return -1;
            }
        }
        return a;
    }

    /**
     * The count a phrase gives, or null with a warning when its digits make a number too large for an
     * int: a misprint (no document has two thousand million targets) the reading reports, not a crash.
     */
    private static Integer count(String digits, int line, ReadContext ctx) {
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (n > (Integer.MAX_VALUE - d) / 10) {
                ctx.warning("READ-PERFORMANCE-UNREAD", "预算绩效情况中的个数“" + digits + "”过大，无法读取。", line);
                return null;
            }
            n = n * 10 + d;
        }
        return n;
    }

    private static Money amount(String t, int a) {
        return Money.of(t.substring(a, ProseText.numberEnd(t, a, t.length())));
    }

    private static Fact fact(int section, String key, String words, Money amount, int line, ReadContext ctx) {
        return new Fact(section, new Subject(SubjectKind.PERFORMANCE, key, words), amount, false, null, null, null, null, ctx.at(line));
    }
}
