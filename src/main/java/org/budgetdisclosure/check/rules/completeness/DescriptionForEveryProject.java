package org.budgetdisclosure.check.rules.completeness;

import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.check.rules.ProjectMatching;
import org.budgetdisclosure.check.rules.ProjectMatching.Pair;
import org.budgetdisclosure.check.rules.ProjectMatching.Result;
import org.budgetdisclosure.check.rules.ProjectMatching.Table7Project;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.TableId;

/**
 * Part 3 section 7 (一般公共预算项目支出情况说明) describes every project of 表7, and describes no
 * project that 表7 lacks (both are about the general public budget's projects). A name close to but
 * not equal to 表7's is a warning naming both. Not checked when 表7 or section 7 is missing: the reader
 * reports those.
 */
public final class DescriptionForEveryProject implements Rule {

    public static final RuleInfo INFO = new RuleInfo("COMP-PROJECT-DESC", "表7 每个项目都应在第三部分第七节中说明，反之亦然",
            Severity.ERROR, Family.COMPLETENESS);

    static final int SECTION = 7;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null || !hasSection(d) || Tables.of(d, ctx).table(TableId.T7).isEmpty()) {
            return;
        }
        Result<ProjectDescription> m = ProjectMatching.match(ProjectMatching.table7(d, ctx), d.explanation().projects(), ProjectDescription::name);
        for (Table7Project p : m.onlyTable7()) {
            out.report(INFO, Severity.ERROR, p.place(), List.of(),
                    "表7 中的项目“" + p.name() + "”在第三部分第七节中没有说明（政策依据、预算安排规模、资金分配情况等）。");
        }
        for (ProjectDescription p : m.onlyOther()) {
            out.report(INFO, Severity.ERROR, place(p), List.of(),
                    "第三部分第七节说明的项目“" + p.name() + "”不在表7 中。");
        }
        for (Pair<ProjectDescription> p : m.near()) {
            out.report(INFO, Severity.WARNING, place(p.other()), List.of(p.project().place()),
                    "第七节的项目名称“" + p.other().name() + "”与表7 的“" + p.project().name() + "”不完全一致，应为同一项目，请统一名称。");
        }
    }

    private static boolean hasSection(Disclosure d) {
        return d.explanation().section(SECTION) != null;
    }

    private static Location place(ProjectDescription p) {
        Location at = Location.of(p.at());
        return new Location(at.source(), at.line(), at.page(), null, "项目“" + p.name() + "”", null, SECTION);
    }
}
