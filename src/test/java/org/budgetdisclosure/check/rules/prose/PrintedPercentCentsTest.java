package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.budgetdisclosure.model.Money;
import org.junit.jupiter.api.Test;

/** The whole-cents test of {@link PrintedPercent} answers, where it answers, as the 16-digit division does. */
class PrintedPercentCentsTest {

    /** What {@link PrintedPercent} compares: num × 100 ÷ den at 16 digits, rounded half-up at the printed scale. */
    private static boolean reference(long num, long den, BigDecimal printed) {
        BigDecimal exact = BigDecimal.valueOf(num, 2).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(den, 2), MathContext.DECIMAL64);
        return exact.setScale(Math.max(0, printed.scale()), RoundingMode.HALF_UP).compareTo(printed) == 0;
    }

    @Test
    void answersAsTheDivision() {
        qt().withExamples(50000).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            long den = 1 + (r.nextBoolean() ? r.nextInt(200_000) : Math.abs(r.nextLong() % 10_000_000_000L));
            long num = r.nextInt(4) == 0 ? den / (1 + r.nextInt(8)) : Math.abs(r.nextLong() % (den * 3 + 1));
            int scale = r.nextInt(5);
            BigDecimal right = BigDecimal.valueOf(num).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(den), 12, RoundingMode.HALF_UP);
            // the right answer, or one a unit off at the printed scale, or a half-unit case
            BigDecimal printed = right.setScale(scale, r.nextBoolean() ? RoundingMode.HALF_UP : RoundingMode.DOWN)
                    .add(BigDecimal.valueOf(r.nextInt(3) - 1, scale).multiply(BigDecimal.valueOf(r.nextInt(2))));
            Boolean fast = PrintedPercent.exactByCents(num, den, printed);
            if (fast != null) {
                assertThat(fast).as("%d / %d against %s", num, den, printed).isEqualTo(reference(num, den, printed));
            }
            Money part = Money.ofCents(num);
            Money whole = Money.ofCents(den);
            if (PrintedPercent.isExactShare(part, whole, printed)) {
                assertThat(PrintedPercent.share(part, PrintedPercent.HALF_CENT, whole, PrintedPercent.HALF_CENT, printed).verdict())
                        .isEqualTo(PrintedPercent.Verdict.EXACT);
            }
        });
    }

    @Test
    void halfWayIsLeftToTheDivision() {
        assertThat(PrintedPercent.exactByCents(1, 8, new BigDecimal("12.5"))).isTrue(); // 12.5 exactly, at its own scale
        assertThat(PrintedPercent.exactByCents(1, 8, new BigDecimal("13"))).isNull(); // 12.5 rounds half-up: the division decides
        assertThat(PrintedPercent.isExactChange(Money.of("1229.70"), Money.of("98.28"), new BigDecimal("8.69"))).isTrue();
        assertThat(PrintedPercent.isExactChange(Money.of("1229.70"), Money.of("98.28"), new BigDecimal("8.70"))).isFalse();
    }
}
