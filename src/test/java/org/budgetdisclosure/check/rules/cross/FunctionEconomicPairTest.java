package org.budgetdisclosure.check.rules.cross;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;
import static org.budgetdisclosure.check.Mutations.withCell;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class FunctionEconomicPairTest {

    private static final FunctionEconomicPair HOUSING = new FunctionEconomicPair("2210201", "30113");

    @Test
    void acceptsTheSample() {
        for (String[] p : new String[][] {{"2080505", "30108"}, {"2080506", "30109"}, {"2101103", "30111"}, {"2210201", "30113"}}) {
            assertThat(run(new FunctionEconomicPair(p[0], p[1]), Samples.sample())).as(p[0]).isEmpty();
        }
    }

    @Test
    void flagsAHousingFundThatDiffersBetweenTheTwoViews() {
        Disclosure d = withCell(Samples.sample(), TableId.T6, "30113", "total", "46.73");
        List<Finding> f = run(HOUSING, d);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("XT-FUNC-ECON");
            assertThat(x.at().table()).isEqualTo(TableId.T5);
            assertThat(x.at().row()).isEqualTo("2210201 住房公积金");
            assertThat(x.expected()).isEqualTo(Money.of("46.73"));
            assertThat(x.actual()).isEqualTo(Money.of("64.73"));
        });
    }
}
