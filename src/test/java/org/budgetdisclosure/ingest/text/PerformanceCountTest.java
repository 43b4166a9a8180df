package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Money;
import org.junit.jupiter.api.Test;

/**
 * A count in the performance summary too large for an int (2^31 or more) is a misprint the reading
 * reports at its line; it used to throw NumberFormatException out of the reader.
 */
class PerformanceCountTest {

    private static PerformanceSummaryReader.Result read(String text, ReadContext ctx) {
        return PerformanceSummaryReader.read(List.of(ProseParagraph.of(text, false, 42)), 13, ctx);
    }

    @Test
    void aCountTooLargeIsReportedAtItsLine() {
        ReadContext ctx = new ReadContext("x");
        PerformanceSummaryReader.Result r = read("整体预算绩效目标 2147483648 个，涉及预算金额 1,229.69 万元；当年预算安排项目共 99999999999 个。", ctx);
        assertThat(ctx.diagnostics()).filteredOn(d -> d.code().equals("READ-PERFORMANCE-UNREAD"))
                .hasSize(2).allSatisfy(d -> assertThat(d.message()).contains("过大"));
        assertThat(ctx.diagnostics()).filteredOn(d -> d.code().equals("READ-PERFORMANCE-UNREAD"))
                .extracting(d -> d.at().line()).containsOnly(42);
        assertThat(r.summary().departmentTargets()).isNull();
        assertThat(r.summary().projects()).isNull();
        assertThat(r.summary().departmentTargetAmount()).isEqualTo(Money.of("1229.69"));
    }

    @Test
    void theLargestIntIsStillACount() {
        ReadContext ctx = new ReadContext("x");
        PerformanceSummaryReader.Result r = read("整体绩效目标 2147483647 个；项目共 007 个。", ctx);
        assertThat(ctx.diagnostics()).noneMatch(d -> d.code().equals("READ-PERFORMANCE-UNREAD"));
        assertThat(r.summary().departmentTargets()).isEqualTo(Integer.MAX_VALUE);
        assertThat(r.summary().projects()).isEqualTo(7);
    }
}
