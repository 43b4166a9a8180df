package org.budgetdisclosure.compute;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetdisclosure.model.Direction;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.budget.PriorFigure;
import org.junit.jupiter.api.Test;

class ChangeTextTest {

    private static ChangeText change(String thisYear, String lastYear, String reason) {
        return ChangeText.of(Money.of(thisYear), new PriorFigure(Money.of(lastYear), reason));
    }

    @Test
    void anIncreaseStatesAmountPercentRoundedHalfUpOnceAndReason() {
        ChangeText c = change("1229.70", "1131.42", "项目资金增加");
        assertThat(c.clause()).isEqualTo("，比上年预算增加98.28万元，增长8.69%，主要原因是项目资金增加");
        assertThat(c.change().direction()).isEqualTo(Direction.INCREASE);
        assertThat(c.change().percent()).isEqualByComparingTo("8.69");
    }

    @Test
    void aDecreaseIsWordedAsSuch() {
        ChangeText c = change("192.29", "266.17", null);
        assertThat(c.clause()).isEqualTo("，比上年预算减少73.88万元，下降27.76%");
        assertThat(c.change().direction()).isEqualTo(Direction.DECREASE);
        assertThat(c.factReason()).isNull();
    }

    @Test
    void aChangeFromZeroHasNoPercentage() {
        ChangeText c = change("42.81", "0.00", "新增");
        assertThat(c.clause()).isEqualTo("，比上年预算增加42.81万元，上年无此项预算，主要原因是新增");
        assertThat(c.change().percent()).isNull();
    }

    @Test
    void equalFiguresAreFlatWithoutAPercentage() {
        ChangeText c = change("0.00", "0.00", "均未安排");
        assertThat(c.clause()).isEqualTo("，与上年预算持平，主要原因是均未安排");
        assertThat(c.change().direction()).isEqualTo(Direction.FLAT);
        assertThat(c.change().amount()).as("持平 prints no amount").isNull();
        assertThat(c.change().percent()).isNull();
    }

    @Test
    void anUnknownLastYearSaysNothing() {
        assertThat(ChangeText.of(Money.of("1.00"), null).clause()).isEmpty();
        assertThat(ChangeText.of(Money.of("1.00"), null).change()).isNull();
    }

    @Test
    void sharesRoundHalfUpAndAreUndefinedForAZeroWhole() {
        assertThat(Percent.share(Money.of("1069.18"), Money.of("1229.70"))).isEqualByComparingTo("86.95");
        assertThat(Percent.share(Money.of("1"), Money.of("8"))).isEqualByComparingTo("12.50");
        // 0.005 exactly is rounded up
        assertThat(Percent.share(Money.of("0.01"), Money.of("200.00"))).isEqualByComparingTo("0.01");
        assertThat(Percent.share(Money.of("1"), Money.ZERO)).isNull();
    }
}
