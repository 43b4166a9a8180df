package org.budgetdisclosure.check.rules.prose;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Assets;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.ProjectDescription;

/**
 * The dates part 3 gives fall where the budget year puts them: a project's 资金执行时间 inside the
 * budget year (an annual budget is spent in its year) and ending no earlier than it starts; the assets
 * reported “截至 …” at the end of (or during) the year before, the last closed year when the budget is
 * drawn up (“截至 2025 年底” in a 2026 budget).
 */
public final class DatesInBudgetYear implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PROSE-DATE", "情况说明中的日期应在预算年度内", Severity.ERROR, Family.PROSE);

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");

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
        List<ProjectDescription> projects = d.explanation().projects(); // by index: the model's immutable list, whose iterator is not always spared
        for (int pi = 0; pi < projects.size(); pi++) {
            ProjectDescription p = projects.get(pi);
            period(p, year, out);
        }
        Assets a = d.explanation().other() == null ? null : d.explanation().other().assets();
        if (a != null && a.asOf() != null) {
            Matcher m = YEAR.matcher(a.asOf());
            if (m.find() && Integer.parseInt(m.group(1)) != year - 1) {
                out.report(INFO, Severity.ERROR, ProsePlaces.at(a.at(), ProsePlaces.OTHER_SECTION, "国有资产占用使用情况", "截至日期"), List.of(),
                        "国有资产情况“截至" + a.asOf() + "”，" + year + " 年预算应报告截至上年（" + (year - 1) + " 年）的资产。");
            }
        }
    }

    private static void period(ProjectDescription p, int year, Findings out) {
        LocalDate start = p.start();
        LocalDate end = p.end();
        if (start == null && end == null) {
            return;
        }
        boolean outside = start != null && start.getYear() != year || end != null && end.getYear() != year;
        if (outside) {
            out.report(INFO, Severity.ERROR, ProsePlaces.project(p, "资金执行时间"), List.of(),
                    "项目“" + p.name() + "”的资金执行时间“" + p.executionPeriod() + "”不在 " + year + " 预算年度内。");
        } else if (start != null && end != null && end.isBefore(start)) {
            out.report(INFO, Severity.ERROR, ProsePlaces.project(p, "资金执行时间"), List.of(),
                    "项目“" + p.name() + "”的资金执行时间“" + p.executionPeriod() + "”结束早于开始。");
        }
    }
}
