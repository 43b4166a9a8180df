package org.budgetdisclosure.check.rules.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.junit.jupiter.api.Test;

class WeightsFitSchemeTest {

    private final WeightsFitScheme rule = new WeightsFitScheme();

    @Test
    void flagsTheSamplesRunningSubsidyTableFourPointsShort() {
        // a real defect: 电子政务维护费 and 化债工作奖补资金 reach 90, 运行补助经费 only 86
        assertThat(run(rule, Samples.sample())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("TGT-WEIGHT-SUM");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(647);
            assertThat(f.at().row()).isEqualTo("项目支出绩效目标表“运行补助经费”");
            assertThat(f.expected().value()).isEqualByComparingTo("90");
            assertThat(f.actual().value()).isEqualByComparingTo("86");
        });
    }

    @Test
    void warnsOnATableScoredOutOfAHundredInANinetyPointDocument() {
        Disclosure d = Edits.project(Samples.sample(), "化债工作奖补资金",
                p -> Edits.indicator(p, "提高干部队伍活力", i -> Edits.weight(i, "30")));
        assertThat(Edits.newFindings(rule, Samples.sample(), d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().line()).isEqualTo(630);
            assertThat(f.expected().value()).isEqualByComparingTo("90");
            assertThat(f.actual().value()).isEqualByComparingTo("100");
        });
    }

    @Test
    void theProjectTablesMajorityDecidesTheScheme() {
        Disclosure d = Edits.project(Samples.sample(), "化债工作奖补资金",
                p -> Edits.indicator(p, "提高干部队伍活力", i -> Edits.weight(i, "30")));
        d = Edits.project(d, "电子政务维护费", p -> Edits.indicator(p, "接入站点单位满意度", i -> Edits.weight(i, "20")));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected().value()).isEqualByComparingTo("100");
            assertThat(f.actual().value()).isEqualByComparingTo("86");
        });
    }

    @Test
    void acceptsADepartmentTableOfEitherTotalButNoOther() {
        Disclosure hundred = Edits.department(Samples.sample(), t -> Edits.indicator(t, "政务公开覆盖率", i -> Edits.weight(i, "27")));
        assertThat(Edits.newFindings(rule, Samples.sample(), hundred)).isEmpty();
        Disclosure ninetyFive = Edits.department(Samples.sample(), t -> Edits.indicator(t, "政务公开覆盖率", i -> Edits.weight(i, "22")));
        assertThat(Edits.newFindings(rule, Samples.sample(), ninetyFive)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(584);
            assertThat(f.actual().value()).isEqualByComparingTo("95");
        });
    }

    @Test
    void aMissingWeightCountsAsZeroAndIsMentioned() {
        Disclosure d = Edits.project(Samples.sample(), "电子政务维护费", p -> Edits.indicator(p, "维护费", i -> Edits.weight(i, null)));
        assertThat(Edits.newFindings(rule, Samples.sample(), d)).singleElement().satisfies(f -> {
            assertThat(f.actual().value()).isEqualByComparingTo("83");
            assertThat(f.message()).contains("1 项指标未读到分值");
        });
    }
}
