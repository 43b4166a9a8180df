package org.budgetdisclosure.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.budgetdisclosure.model.Money;
import org.junit.jupiter.api.Test;

/** Proves the tolerance {@link Findings} uses rather than guessing it. */
class FindingsToleranceTest {

    private static final RuleInfo RULE = new RuleInfo("TEST-SUM", "测试", Severity.ERROR, Family.TABLE);

    @Test
    void roundingPartsAndTotalNeverDriftsBeyondTheTolerance() {
        // exact amounts in ten-thousandths of 万元, rounded half-up to cents as printers do
        qt().withExamples(3000).forAll(lists().of(longs().between(0, 50_000_000L)).ofSizeBetween(1, 30))
                .check(exact -> {
                    List<BigDecimal> parts = exact.stream().map(x -> BigDecimal.valueOf(x, 4)).toList();
                    BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    Money printedTotal = Money.rounded(total);
                    Money sumOfPrinted = Money.sum(parts.stream().map(Money::rounded).toList());
                    Money drift = printedTotal.minus(sumOfPrinted).abs();
                    return drift.compareTo(Findings.tolerance(parts.size())) <= 0;
                });
    }

    @Test
    void theToleranceIsTight() {
        // n parts of exactly half a cent each: every part rounds up, the total rounds up once
        for (int n = 2; n <= 30; n++) {
            BigDecimal half = new BigDecimal("0.005");
            Money sumOfPrinted = Money.sum(java.util.Collections.nCopies(n, Money.rounded(half)));
            Money printedTotal = Money.rounded(half.multiply(BigDecimal.valueOf(n)));
            Money drift = sumOfPrinted.minus(printedTotal).abs();
            assertThat(drift).as("n=%d", n).isEqualTo(Findings.tolerance(n));
        }
    }

    @Test
    void driftWithinToleranceIsANoticeNamingBothFigures() {
        Findings f = new Findings();
        f.requireEqual(RULE, Location.file("x"), List.of(), "合计应等于各项之和。", Money.of("100.01"), "a + b", Money.of("100.00"), 2);
        Finding only = f.sorted().get(0);
        assertThat(only.severity()).isEqualTo(Severity.NOTICE);
        assertThat(only.message()).startsWith("舍入差异");
        assertThat(only.expected()).isEqualTo(Money.of("100.01"));
        assertThat(only.actual()).isEqualTo(Money.of("100.00"));
        assertThat(only.difference()).isEqualTo(Money.of("-0.01"));
    }

    @Test
    void driftBeyondToleranceIsTheRulesSeverity() {
        Findings f = new Findings();
        f.requireEqual(RULE, Location.file("x"), List.of(), "m", Money.of("100.02"), "a + b", Money.of("100.00"), 2);
        assertThat(f.sorted().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aFigurePrintedTwiceMustAgreeExactly() {
        Findings f = new Findings();
        f.requireEqual(RULE, Location.file("x"), List.of(), "m", Money.of("64.00"), "表6", Money.of("64.01"), 1);
        assertThat(f.sorted().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(Findings.tolerance(1)).isEqualTo(Money.ZERO);
        assertThat(Findings.tolerance(3)).isEqualTo(Money.of("0.01"));
        assertThat(Findings.tolerance(4)).isEqualTo(Money.of("0.02"));
    }

    @Test
    void equalFiguresGiveNoFinding() {
        Findings f = new Findings();
        assertThat(f.requireEqual(RULE, Location.file("x"), List.of(), "m", Money.of("1.00"), "", Money.of("1.00"), 5)).isTrue();
        assertThat(f.size()).isZero();
        assertThat(new BigDecimal("0.005").setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("0.01");
    }
}
