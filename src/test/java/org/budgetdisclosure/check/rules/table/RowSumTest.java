package org.budgetdisclosure.check.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.problems;
import static org.budgetdisclosure.check.Mutations.run;
import static org.budgetdisclosure.check.Mutations.withCell;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class RowSumTest {

    @Test
    void acceptsTheSample() {
        assertThat(run(new RowSum(TableId.T3, "total", "basic", "project"), Samples.sample())).isEmpty();
        assertThat(problems(run(new RowSum(TableId.T6, "total", "personnel", "public"), Samples.sample()))).isEmpty();
    }

    @Test
    void table6TotalIsACentOffItsPartsAsANotice() {
        // 867.27 + 201.90 = 1,069.17 against 1,069.18: the sample's own drift
        List<Finding> f = run(new RowSum(TableId.T6, "total", "personnel", "public"), Samples.sample());
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.NOTICE);
            assertThat(x.at().line()).isEqualTo(306);
            assertThat(x.expected()).isEqualTo(Money.of("1069.17"));
        });
    }

    @Test
    void flagsARowWhoseTotalIsNotBasicPlusProject() {
        Disclosure d = withCell(Samples.sample(), TableId.T3, "2010301", "project", "10.00");
        List<Finding> f = run(new RowSum(TableId.T3, "total", "basic", "project"), d);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("ROW-SUM");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.at().row()).isEqualTo("2010301 行政运行");
            assertThat(x.at().column()).isEqualTo("合计");
            assertThat(x.expected()).isEqualTo(Money.of("620.96"));
            assertThat(x.actual()).isEqualTo(Money.of("610.96"));
            assertThat(x.expectedHow()).isEqualTo("基本支出 610.96 + 项目支出 10.00");
        });
    }
}
