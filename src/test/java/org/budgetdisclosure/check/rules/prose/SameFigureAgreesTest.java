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

class SameFigureAgreesTest {

    private final SameFigureAgrees rule = new SameFigureAgrees();

    @Test
    void acceptsTheSample() {
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsAClassStatedWithTwoAmountsInSectionsFourAndFive() {
        Disclosure d = ProseMutations.sampleEdited("一般公共服务支出 963.77 万元，主要用于", "一般公共服务支出 963.87 万元，主要用于");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PROSE-CONSISTENT");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(458);
            assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(444));
            assertThat(f.expected().plain()).isEqualTo("963.87");
            assertThat(f.actual().plain()).isEqualTo("963.77");
        });
    }

    @Test
    void flagsOneQuantityGivenTwoDifferentChanges() {
        // sections 5 and 6 both speak of the general public budget's 基本支出
        Disclosure d = ProseMutations.withFact(Samples.sample(), 6, SubjectKind.NATURE, "basic",
                f -> ProseMutations.withChange(f, new Change(Direction.INCREASE, Money.of("40.00"), new BigDecimal("3.89"))));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(487);
            assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(452));
            assertThat(f.message()).contains("43.26").contains("40.00");
        });
    }

    @Test
    void doesNotCompareTheWholeBudgetWithTheGeneralPublicBudget() {
        // section 3's 基本支出 is all funds (表3), section 5's the general public budget (表5): they may differ
        Disclosure d = ProseMutations.withFact(Samples.sample(), 3, SubjectKind.NATURE, "basic",
                f -> ProseMutations.withChange(f, new Change(Direction.INCREASE, Money.of("40.00"), new BigDecimal("3.89"))));
        assertThat(run(rule, d)).isEmpty();
    }
}
