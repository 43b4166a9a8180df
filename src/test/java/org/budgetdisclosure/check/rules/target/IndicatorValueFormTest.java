package org.budgetdisclosure.check.rules.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Operator;
import org.junit.jupiter.api.Test;

class IndicatorValueFormTest {

    private final IndicatorValueForm rule = new IndicatorValueForm();

    @Test
    void theSampleHasOneQuantityWithoutUnit() {
        // 运行补助经费 当年工作完成率 “=100”: 100 what? (the deadline “=2026年12月10日” and 有效提高 are fine)
        assertThat(run(rule, Samples.sample())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("TGT-VALUE-FORM");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().line()).isEqualTo(662);
            assertThat(f.message()).contains("=100").contains("计量单位");
        });
    }

    @Test
    void flagsAQualitativeValueForAQuantityIndicator() {
        Disclosure d = Edits.project(Samples.sample(), "电子政务维护费",
                p -> Edits.indicator(p, "配置协同办公设备", i -> Edits.value(i, "按需配置", null, null, null)));
        assertThat(Edits.newFindings(rule, Samples.sample(), d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(615);
            assertThat(f.message()).contains("数量指标应可衡量");
        });
    }

    @Test
    void flagsANumberWithoutComparison() {
        Disclosure d = Edits.project(Samples.sample(), "化债工作奖补资金",
                p -> Edits.indicator(p, "干部检测覆盖率", i -> Edits.value(i, "100%", null, "100", "%")));
        assertThat(Edits.newFindings(rule, Samples.sample(), d)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("缺少比较符"));
    }

    @Test
    void acceptsAUnitGivenInTheIndicatorsName() {
        Disclosure d = Edits.project(Samples.sample(), "电子政务维护费",
                p -> Edits.indicator(p, "项目验收合格率（%）", i -> Edits.value(i, "=100", Operator.EQ, "100", null)));
        assertThat(Edits.newFindings(rule, Samples.sample(), d)).isEmpty();
    }

    @Test
    void valuesTheReaderCouldNotReadAreLeftToIt() {
        // the reader warned READ-TARGET-VALUE and kept only the raw text
        Disclosure d = Edits.project(Samples.sample(), "电子政务维护费",
                p -> Edits.indicator(p, "配置协同办公设备", i -> Edits.value(i, "约1至2套", null, null, null)));
        assertThat(Edits.newFindings(rule, Samples.sample(), d)).isEmpty();
    }
}
