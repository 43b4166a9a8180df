package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.budgetdisclosure.check.rules.prose.PrintedPercent.Verdict;
import org.budgetdisclosure.model.Money;
import org.junit.jupiter.api.Test;

class PrintedPercentTest {

    private static final BigDecimal H = PrintedPercent.HALF_CENT;

    private static PrintedPercent.Result share(String part, String whole, String printed) {
        return PrintedPercent.share(Money.of(part), H, Money.of(whole), H, new BigDecimal(printed));
    }

    private static PrintedPercent.Result change(String thisYear, String signedChange, String printed) {
        return PrintedPercent.change(Money.of(thisYear), H, Money.of(signedChange), H, new BigDecimal(printed));
    }

    @Test
    void aShareEqualToTheRoundedRatioIsExact() {
        assertThat(share("1069.18", "1229.70", "86.95").verdict()).isEqualTo(Verdict.EXACT);
        assertThat(share("1229.70", "1229.70", "100.00").verdict()).isEqualTo(Verdict.EXACT);
    }

    @Test
    void theRangeComesFromEachFigureWithinHalfACent() {
        // 963.765 ÷ 1,229.705 = 78.37367%, 963.775 ÷ 1,229.695 = 78.37512%
        PrintedPercent.Result r = share("963.77", "1229.70", "78.38");
        assertThat(r.verdict()).isEqualTo(Verdict.DRIFT);
        assertThat(r.expected()).isEqualByComparingTo("78.37");
        assertThat(r.low()).isGreaterThan(new BigDecimal("78.3736")).isLessThan(new BigDecimal("78.3738"));
        assertThat(r.high()).isGreaterThan(new BigDecimal("78.3750")).isLessThan(new BigDecimal("78.3752"));
        assertThat(share("963.77", "1229.70", "78.39").verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aPercentagePrintedWithFewerDecimalsIsJudgedAtItsOwnPrecision() {
        assertThat(share("963.77", "1229.70", "78.4").verdict()).isEqualTo(Verdict.EXACT);
        assertThat(share("963.77", "1229.70", "78").verdict()).isEqualTo(Verdict.EXACT);
        assertThat(share("963.77", "1229.70", "79").verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aChangeIsMeasuredAgainstTheImpliedPriorYear() {
        assertThat(change("1229.70", "98.28", "8.69").verdict()).isEqualTo(Verdict.EXACT);   // 98.28 ÷ 1,131.42
        assertThat(change("192.29", "-73.88", "27.76").verdict()).isEqualTo(Verdict.EXACT);  // 73.88 ÷ 266.17
        assertThat(change("192.29", "-73.88", "38.42").verdict()).isEqualTo(Verdict.WRONG);  // ÷ this year instead
    }

    @Test
    void aSmallBaseAllowsAWideRange() {
        PrintedPercent.Result r = change("0.54", "-0.06", "10.50");
        assertThat(r.verdict()).isEqualTo(Verdict.DRIFT);
        assertThat(r.low()).isLessThan(new BigDecimal("9.2"));
        assertThat(r.high()).isGreaterThan(new BigDecimal("10.8"));
    }

    @Test
    void aPercentageGoesIntoAFindingOnlyWithAtMostTwoDecimals() {
        assertThat(PrintedPercent.asFigure(new BigDecimal("8.7")).plain()).isEqualTo("8.70");
        assertThat(PrintedPercent.asFigure(new BigDecimal("8.695"))).isNull();
    }
}
