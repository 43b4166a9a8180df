package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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

    private static final Pattern DEPARTMENT = Pattern.compile(
            "整体(?:预算)?绩效目标\\s*(\\d+)\\s*个(?:[^；;。]*?(" + ProseText.AMOUNT + ")\\s*万元)?");
    private static final Pattern PROJECTS = Pattern.compile("项目(?:共|总数为?|合计)?\\s*(\\d+)\\s*个");
    private static final Pattern FISCAL = Pattern.compile("(?<!非)财政拨款项目[^；;。]*?(" + ProseText.AMOUNT + ")\\s*万元");
    private static final Pattern NON_FISCAL = Pattern.compile("非财政拨款项目[^；;。]*?(" + ProseText.AMOUNT + ")\\s*万元");

    record Result(PerformanceSummary summary, List<Fact> facts) {

        Result {
            facts = List.copyOf(facts);
        }
    }

    private PerformanceSummaryReader() {
    }

    static Result read(List<ProseParagraph> paragraphs, int section, ReadContext ctx) {
        Integer departmentTargets = null;
        Money departmentAmount = null;
        Integer projects = null;
        Money fiscal = null;
        Money nonFiscal = null;
        List<Fact> facts = new ArrayList<>();
        int first = 0;
        for (ProseParagraph p : paragraphs) {
            if (p.heading()) {
                continue;
            }
            String t = p.text();
            if (first == 0 && (DEPARTMENT.matcher(t).find() || PROJECTS.matcher(t).find() || FISCAL.matcher(t).find())) {
                first = p.firstLine();
            }
            Matcher m = DEPARTMENT.matcher(t);
            if (departmentTargets == null && m.find()) {
                departmentTargets = Integer.valueOf(m.group(1));
                if (m.group(2) != null) {
                    departmentAmount = Money.of(m.group(2));
                    facts.add(fact(section, "departmentTargets", "整体预算绩效目标", departmentAmount, p.lineAt(m.start(2)), ctx));
                }
            }
            m = PROJECTS.matcher(t);
            if (projects == null && m.find()) {
                projects = Integer.valueOf(m.group(1));
            }
            m = FISCAL.matcher(t);
            if (fiscal == null && m.find()) {
                fiscal = Money.of(m.group(1));
                facts.add(fact(section, "fiscalProjects", "财政拨款项目", fiscal, p.lineAt(m.start()), ctx));
            }
            m = NON_FISCAL.matcher(t);
            if (nonFiscal == null && m.find()) {
                nonFiscal = Money.of(m.group(1));
                facts.add(fact(section, "nonFiscalProjects", "非财政拨款项目", nonFiscal, p.lineAt(m.start()), ctx));
            }
        }
        if (departmentTargets == null && projects == null && fiscal == null && nonFiscal == null) {
            int line = paragraphs.isEmpty() ? 0 : paragraphs.get(0).firstLine();
            ctx.warning("READ-PERFORMANCE-UNREAD", "预算绩效情况中读不出绩效目标个数和涉及的预算金额。", line);
            return new Result(null, facts);
        }
        PerformanceSummary summary = new PerformanceSummary(departmentTargets, departmentAmount, projects, fiscal, nonFiscal, ctx.at(first));
        return new Result(summary, facts);
    }

    private static Fact fact(int section, String key, String words, Money amount, int line, ReadContext ctx) {
        return new Fact(section, new Subject(SubjectKind.PERFORMANCE, key, words), amount, false, null, null, null, null, ctx.at(line));
    }
}
