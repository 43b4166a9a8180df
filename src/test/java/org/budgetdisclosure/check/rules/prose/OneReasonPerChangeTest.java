package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.SubjectKind;
import org.junit.jupiter.api.Test;

class OneReasonPerChangeTest {

    private final OneReasonPerChange rule = new OneReasonPerChange();

    @Test
    void flagsTheSamplesTwoReasonsForTheBasicSpendingIncrease() {
        // §3: 基本支出 1,069.18, +43.26 because of 电子政务项目资金; §5: the same, because of 工资标准上调
        assertThat(run(rule, Samples.sample())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PROSE-REASON");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(452);
            assertThat(f.at().section()).isEqualTo(5);
            assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(432));
            assertThat(f.message()).contains("电子政务项目资金").contains("人员工资标准上调");
        });
    }

    @Test
    void acceptsTheSameReasonGivenTwice() {
        String reason = ProseMutations.fact(Samples.sample(), 3, SubjectKind.NATURE, "basic").reason();
        Disclosure d = ProseMutations.withFact(Samples.sample(), 5, SubjectKind.NATURE, "basic",
                f -> ProseMutations.withReason(f, reason + "。"));
        assertThat(run(rule, d)).isEmpty();
    }

    @Test
    void doesNotPairChangesOfDifferentSize() {
        Disclosure d = ProseMutations.sampleEdited("基本支出 1,069.18 万元，占 86.95%，比上年预算增加 43.26 万元",
                "基本支出 1,069.18 万元，占 86.95%，比上年预算增加 44.26 万元");
        assertThat(run(rule, d)).isEmpty();
    }
}
