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

class TotalSumsTopRowsTest {

    @Test
    void acceptsTheSampleWithItsTotalsOffByACentAsNotices() {
        List<Finding> f = run(new TotalSumsTopRows(TableId.T5), Samples.sample());
        assertThat(problems(f)).isEmpty();
        // 963.77 + 128.43 + 72.78 + 64.73 = 1,229.71 against the printed 1,229.70
        assertThat(f).anySatisfy(x -> {
            assertThat(x.severity()).isEqualTo(Severity.NOTICE);
            assertThat(x.expected()).isEqualTo(Money.of("1229.71"));
            assertThat(x.actual()).isEqualTo(Money.of("1229.70"));
        });
    }

    @Test
    void flagsATotalBeyondRounding() {
        Disclosure d = withCell(Samples.sample(), TableId.T3, "total", "basic", "1069.28");
        List<Finding> f = problems(run(new TotalSumsTopRows(TableId.T3), d));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("TOTAL-SUM");
            assertThat(x.at().column()).isEqualTo("基本支出");
            assertThat(x.at().line()).isEqualTo(192);
            assertThat(x.expected()).isEqualTo(Money.of("1069.19"));
            assertThat(x.difference()).isEqualTo(Money.of("0.09"));
        });
    }

    @Test
    void aTableWithoutCodesSumsItsProjects() {
        Disclosure d = withCell(Samples.sample(), TableId.T11, "total", "total", "5.00");
        List<Finding> f = problems(run(new TotalSumsTopRows(TableId.T11), d));
        assertThat(f).singleElement().satisfies(x -> assertThat(x.expected()).isEqualTo(Money.ZERO));
    }
}
