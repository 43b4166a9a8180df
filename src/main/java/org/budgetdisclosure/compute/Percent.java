package org.budgetdisclosure.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.budgetdisclosure.model.Money;

/**
 * Shares and year-over-year percentages: exact BigDecimal arithmetic on exact amounts, rounded half-up
 * once to two decimals. Undefined (null) exactly when the denominator is zero.
 */
final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** part ÷ whole × 100, or null when the whole is zero. */
    static BigDecimal share(Money part, Money whole) {
        if (whole.isZero()) {
            return null;
        }
        return part.value().multiply(HUNDRED).divide(whole.value(), 2, RoundingMode.HALF_UP);
    }

    /** |this year − last year| ÷ last year × 100, or null when last year is zero. */
    static BigDecimal change(Money thisYear, Money lastYear) {
        if (lastYear.isZero()) {
            return null;
        }
        return thisYear.minus(lastYear).abs().value().multiply(HUNDRED).divide(lastYear.value().abs(), 2, RoundingMode.HALF_UP);
    }
}
