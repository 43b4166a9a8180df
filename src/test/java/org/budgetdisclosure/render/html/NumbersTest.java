package org.budgetdisclosure.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.budgetdisclosure.model.Money;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void amountsHaveGroupingAndTwoDecimalsWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // would print 1.229,70
            assertThat(Numbers.money(Money.of("1229.7"))).isEqualTo("1,229.70");
            assertThat(Numbers.money(Money.of("-0.06"))).isEqualTo("-0.06");
            assertThat(Numbers.money(Money.of("1234567.00"))).isEqualTo("1,234,567.00");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anAbsentAmountPrintsAsNothingNotZero() {
        assertThat(Numbers.money(null)).isEmpty();
        assertThat(Numbers.money(Money.ZERO)).isEqualTo("0.00");
    }

    @Test
    void headingNumeralsAreChinese() {
        assertThat(Numbers.chinese(1)).isEqualTo("一");
        assertThat(Numbers.chinese(10)).isEqualTo("十");
        assertThat(Numbers.chinese(13)).isEqualTo("十三");
        assertThat(Numbers.chinese(20)).isEqualTo("二十");
        assertThat(Numbers.chinese(99)).isEqualTo("九十九");
        assertThat(Numbers.chinese(100)).isEqualTo("100");
    }

    @Test
    void datesArePrintedTheChineseWay() {
        assertThat(Numbers.date(LocalDate.of(2026, 3, 13))).isEqualTo("2026年3月13日");
        assertThat(Numbers.date(null)).isEmpty();
    }
}
