package org.budgetdisclosure.check.rules.plausibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.prose.ProseMutations;
import org.budgetdisclosure.model.Disclosure;
import org.junit.jupiter.api.Test;

class SameReasonOppositeChangesTest {

    private final SameReasonOppositeChanges rule = new SameReasonOppositeChanges();

    @Test
    void acceptsTheSample() {
        // “机构改革后，事业编制人员减少，相应经费减少” explains six lines, all decreases: fine
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsAReasonGivenForAnIncreaseAndForDecreases() {
        Disclosure d = ProseMutations.sampleEdited("主要原因是医保基数上调，相对应缴费金额增加。", "主要原因是机构改革后，事业编制人员减少，相应经费减少。");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PLAUS-SAME-REASON");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().line()).isEqualTo(467); // the first line giving the reason
            assertThat(f.related()).hasSize(6); // the other five decreases and the increase
            assertThat(f.message()).contains("行政单位医疗（项）").contains("事业运行（项）");
        });
    }
}
