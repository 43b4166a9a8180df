package org.budgetdisclosure.check.rules.target;

import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.check.rules.ProjectMatching;
import org.budgetdisclosure.check.rules.ProjectMatching.Pair;
import org.budgetdisclosure.check.rules.ProjectMatching.Result;
import org.budgetdisclosure.check.rules.ProjectMatching.Table7Project;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.ProjectTarget;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.TableId;

/**
 * Every project of 表7 has a project target table (项目支出绩效目标表), and every target table names a
 * project of 表7. A name that is close but not equal is a warning naming both spellings.
 *
 * <p>A target table for a project 表7 does not list is an error only when the department has no
 * project spending outside the general public budget (表3 项目支出 = 表7 总计); otherwise the project may
 * be paid from a fund or from the unit's own money, and the finding is a warning.
 */
public final class TargetForEveryProject implements Rule {

    public static final RuleInfo INFO = new RuleInfo("TGT-PROJECT-MATCH", "表7 每个项目都应有绩效目标表，反之亦然",
            Severity.ERROR, Family.TARGET);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.targets() == null || Tables.of(d, ctx).table(TableId.T7).isEmpty()) {
            return; // the reader reports a missing table 7; a document with no target tables at all is left to completeness
        }
        Result<ProjectTarget> m = TargetTable.matched(d, ctx);
        for (Table7Project p : m.onlyTable7()) {
            out.report(INFO, Severity.ERROR, p.place(), List.of(),
                    "表7 中的项目“" + p.name() + "”没有项目支出绩效目标表。");
        }
        boolean projectsOnlyInTable7 = !m.onlyOther().isEmpty() && projectsOnlyInTable7(d);
        for (ProjectTarget t : m.onlyOther()) {
            TargetTable tt = TargetTable.of(t);
            if (projectsOnlyInTable7) {
                out.report(INFO, Severity.ERROR, tt.place("项目名称"), List.of(),
                        "绩效目标表中的项目“" + t.projectName() + "”不在表7 中，而本部门的项目支出全部列在表7。");
            } else {
                out.report(INFO, Severity.WARNING, tt.place("项目名称"), List.of(),
                        "绩效目标表中的项目“" + t.projectName() + "”不在表7 中；若它不由一般公共预算安排，可忽略此条。");
            }
        }
        for (Pair<ProjectTarget> p : m.near()) {
            out.report(INFO, Severity.WARNING, TargetTable.of(p.other()).place("项目名称"), List.of(p.project().place()),
                    "绩效目标表的项目名称“" + p.other().projectName() + "”与表7 的“" + p.project().name()
                            + "”不完全一致，应为同一项目，请统一名称。");
        }
    }

    /** True when 表3's project spending equals 表7's total, so no project is paid from other sources. */
    private static boolean projectsOnlyInTable7(Disclosure d) {
        Money t3 = d.table(TableId.T3).flatMap(t -> t.row(r -> r.kind() == RowKind.TOTAL)).map(r -> r.amount("project")).orElse(null);
        Money t7 = d.table(TableId.T7).flatMap(t -> t.row(r -> r.kind() == RowKind.TOTAL)).map((Row r) -> r.amount("total")).orElse(null);
        return t3 == null || t7 == null || t3.compareTo(t7) == 0;
    }
}
