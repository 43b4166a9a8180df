package org.budgetdisclosure.check.rules.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Operator;
import org.junit.jupiter.api.Test;

class CostsMatchAllocationTest {

    private final CostsMatchAllocation rule = new CostsMatchAllocation();

    @Test
    void theSamplesForeignAffairsAllocationIsBelowItsCostCap() {
        // a real inconsistency: 资金分配情况 gives 外事经费 15.2 万元, the target table caps it at ≤19 万元
        assertThat(run(rule, Samples.sample())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("TGT-COST-ALLOC");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().line()).isEqualTo(668);
            assertThat(f.at().row()).isEqualTo("项目支出绩效目标表“运行补助经费”");
            assertThat(f.expected().plain()).isEqualTo("15.20");
            assertThat(f.actual().plain()).isEqualTo("19.00");
            assertThat(f.related()).singleElement().satisfies(l -> assertThat(l.line()).isEqualTo(507));
        });
    }

    @Test
    void flagsAnExactCostThatDiffersFromItsAllocation() {
        // 慰问经费 “=8万元” against 慰问费用 10 万元: the generic words 经费/费用 do not keep them apart
        Disclosure d = Edits.project(Samples.sample(), "运行补助经费",
                p -> Edits.indicator(p, "慰问经费", i -> Edits.value(i, "=8万元", Operator.EQ, "8", "万元")));
        assertThat(Edits.newFindings(rule, Samples.sample(), d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(666);
            assertThat(f.expected().plain()).isEqualTo("10.00");
            assertThat(f.actual().plain()).isEqualTo("8.00");
            assertThat(f.message()).contains("两处不一致");
        });
    }

    @Test
    void acceptsNamesThatShareOnlyAGenericWord() {
        // 维护费 (63) and 电子政务运行维护 (83) share only “维护”: no pair, no finding for 电子政务维护费
        assertThat(run(rule, Samples.sample())).extracting(Finding::message).noneMatch(m -> m.contains("维护"));
        assertThat(CostsMatchAllocation.use("维护费")).isEqualTo("维护");
    }

    @Test
    void genericMoneyWordsAreDroppedFromTheEnd() {
        assertThat(CostsMatchAllocation.use("慰问费用")).isEqualTo("慰问");
        assertThat(CostsMatchAllocation.use("慰问经费")).isEqualTo("慰问");
        assertThat(CostsMatchAllocation.use("外出培训考察费用")).isEqualTo("外出培训考察");
        assertThat(CostsMatchAllocation.use("消费扶贫资金")).isEqualTo("消费扶贫");
    }

    @Test
    void aProjectWithoutDescriptionIsNotCompared() {
        Disclosure d = Edits.withoutDescription(Samples.sample(), "运行补助经费");
        assertThat(run(rule, d)).isEmpty();
    }
}
