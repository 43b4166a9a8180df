package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;
import static org.budgetdisclosure.check.Mutations.withCell;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class RunningCostsTest {

    private final RunningCosts rule = new RunningCosts();

    @Test
    void acceptsTheSample() {
        // 机关运行经费 201.90 = 表6 公用经费 201.90
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsRunningCostsAboveThePublicCosts() {
        Disclosure d = ProseMutations.sampleEdited("机关运行经费财政拨款预算 201.90 万元", "机关运行经费财政拨款预算 211.90 万元");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PROSE-RUNNING-COSTS");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(559);
            assertThat(f.expected().plain()).isEqualTo("201.90");
            assertThat(f.actual().plain()).isEqualTo("211.90");
            assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.table()).isEqualTo(TableId.T6));
        });
    }

    @Test
    void lessThanThePublicCostsIsAWarningWhenTheDepartmentHasPublicServiceUnits() {
        // the sample has 2010350 事业运行: part of its 公用经费 may be a 事业单位's
        Disclosure d = ProseMutations.sampleEdited("机关运行经费财政拨款预算 201.90 万元", "机关运行经费财政拨款预算 191.90 万元");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("2010350 事业运行");
            assertThat(f.difference().plain()).isEqualTo("-10.00");
        });
    }

    @Test
    void lessThanThePublicCostsIsAnErrorForAPurelyAdministrativeUnit() {
        Disclosure d = ProseMutations.sampleEdited("机关运行经费财政拨款预算 201.90 万元", "机关运行经费财政拨款预算 191.90 万元");
        for (TableId t : new TableId[] {TableId.T3, TableId.T5}) {
            d = withCell(d, t, "2010350", "total", null);
            d = withCell(d, t, "2101102", "total", null);
        }
        assertThat(RunningCosts.publicServiceSign(d)).isEmpty();
        assertThat(run(rule, d)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }
}
