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
            // each pattern searched once, and only where its words occur; a paragraph before any match
            // has none of the values yet, so its matches also tell where the summary starts
            Matcher d = departmentTargets == null && t.contains("绩效目标") ? DEPARTMENT.matcher(t) : null;
            boolean department = d != null && d.find();
            Matcher pr = projects == null && t.contains("项目") ? PROJECTS.matcher(t) : null;
            boolean project = pr != null && pr.find();
            Matcher f = fiscal == null && t.contains("财政拨款项目") ? FISCAL.matcher(t) : null;
            boolean fiscalFound = f != null && f.find();
            if (first == 0 && (department || project || fiscalFound)) {
                first = p.firstLine();
            }
            if (department) {
                departmentTargets = Integer.valueOf(d.group(1));
                if (d.group(2) != null) {
                    departmentAmount = Money.of(d.group(2));
                    facts.add(fact(section, "departmentTargets", "整体预算绩效目标", departmentAmount, p.lineAt(d.start(2)), ctx));
                }
            }
            if (project) {
                projects = Integer.valueOf(pr.group(1));
            }
            if (fiscalFound) {
                fiscal = Money.of(f.group(1));
                facts.add(fact(section, "fiscalProjects", "财政拨款项目", fiscal, p.lineAt(f.start()), ctx));
            }
            Matcher m = nonFiscal == null && t.contains("非财政拨款项目") ? NON_FISCAL.matcher(t) : null;
            if (m != null && m.find()) {
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
