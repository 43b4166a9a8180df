package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import java.math.BigDecimal;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Change;
import org.budgetdisclosure.model.Direction;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.SubjectKind;
import org.junit.jupiter.api.Test;

class ChangeWordingTest {

    private final ChangeWording rule = new ChangeWording();

    @Test
    void acceptsTheSample() {
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsAnAmountAndAPercentageWordedInOppositeDirections() {
        Disclosure d = ProseMutations.sampleEdited("增加1.16万元，增长3.68%", "增加1.16万元，下降3.68%");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PROSE-CHANGE-WORDS");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(475);
            assertThat(f.at().section()).isEqualTo(5);
            assertThat(f.message()).contains("增加").contains("下降");
        });
    }

    @Test
    void flagsFlatWithANonZeroChange() {
        Disclosure d = ProseMutations.withFact(Samples.sample(), 5, SubjectKind.FUNCTION, "2101101",
                f -> ProseMutations.withChange(f, new Change(Direction.FLAT, Money.of("1.16"), null)));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(475);
            assertThat(f.message()).contains("持平").contains("1.16");
        });
    }

    @Test
    void acceptsFlatWithAZeroChange() {
        Disclosure d = ProseMutations.withFact(Samples.sample(), 5, SubjectKind.FUNCTION, "2101101",
                f -> ProseMutations.withChange(f, new Change(Direction.FLAT, Money.ZERO, new BigDecimal("0.00"))));
        assertThat(run(rule, d)).isEmpty();
    }
}
