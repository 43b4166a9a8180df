package org.budgetdisclosure.check.rules.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Operator;
import org.junit.jupiter.api.Test;

class CostsWithinBudgetTest {

    private final CostsWithinBudget rule = new CostsWithinBudget();

    @Test
    void acceptsTheSample() {
        // 电子政务维护费: 63 + 4.74 + 20 = 87.74; 运行补助经费: 3.78 + 15 + 10 + 19 + 20 = 67.78 (≤ caps)
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsACostCapAboveTheProjectBudget() {
        Disclosure d = Edits.project(Samples.sample(), "电子政务维护费",
                p -> Edits.indicator(p, "设备购置费", i -> Edits.value(i, "=100万元", Operator.EQ, "100", "万元")));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("TGT-COST-CAP");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(623);
            assertThat(f.expected().plain()).isEqualTo("87.74");
            assertThat(f.actual().plain()).isEqualTo("100.00");
            assertThat(f.difference().plain()).isEqualTo("12.26");
        });
    }

    @Test
    void warnsWhenCapsTogetherExceedTheBudget() {
        Disclosure d = Edits.project(Samples.sample(), "运行补助经费",
                p -> Edits.indicator(p, "健康测评费用", i -> Edits.value(i, "<=25万元", Operator.LE, "25", "万元")));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().line()).isEqualTo(647);
            assertThat(f.expected().plain()).isEqualTo("67.78");
            assertThat(f.actual().plain()).isEqualTo("77.78");
            assertThat(f.related()).hasSize(5);
        });
    }

    @Test
    void floorsAndUnitPricesAreNoCaps() {
        // “≥100万元” sets a floor; “≤625元” is a price per person, not a share of the budget
        Disclosure d = Edits.project(Samples.sample(), "电子政务维护费",
                p -> Edits.indicator(p, "设备购置费", i -> Edits.value(i, "≥100万元", Operator.GE, "100", "万元")));
        d = Edits.project(d, "化债工作奖补资金",
                p -> Edits.indicator(p, "人均补充干部健康体检成本", i -> Edits.value(i, "≤6250元", Operator.LE, "6250", "元")));
        assertThat(run(rule, d)).isEmpty();
    }

    @Test
    void socialCostsAreNotMeasuredAgainstTheBudget() {
        Disclosure d = Edits.project(Samples.sample(), "电子政务维护费", p -> Edits.indicator(p, "设备购置费",
                i -> new org.budgetdisclosure.model.Indicator(i.level1(), "社会成本指标", i.level3(),
                        new org.budgetdisclosure.model.IndicatorValue("≤100万元", Operator.LE, new java.math.BigDecimal("100"), "万元"),
                        i.basis(), i.lastYear(), i.weight(), i.scoringRule(), i.evidence(), i.at())));
        assertThat(run(rule, d)).isEmpty();
    }
}
