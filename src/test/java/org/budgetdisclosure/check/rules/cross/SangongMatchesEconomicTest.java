package org.budgetdisclosure.check.rules.cross;

import static org.assertj.core.api.Assertions.assertThat;
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

class SangongMatchesEconomicTest {

    private static final SangongMatchesEconomic RUNNING = new SangongMatchesEconomic("vehicleRunning", "30231");

    @Test
    void acceptsTheSample() {
        assertThat(run(RUNNING, Samples.sample())).isEmpty();
        assertThat(run(new SangongMatchesEconomic("reception", "30217"), Samples.sample())).isEmpty();
    }

    @Test
    void flagsVehicleCostsBelowTheBasicEconomicLine() {
        Disclosure d = withCell(Samples.sample(), TableId.T10, "vehicleRunning", "gpb", "46.00");
        List<Finding> f = run(RUNNING, d);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("XT-SANGONG-ECON");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.expected()).isEqualTo(Money.of("64.00"));
            assertThat(x.actual()).isEqualTo(Money.of("46.00"));
        });
    }

    @Test
    void aSurplusThatProjectsCouldExplainIsOnlyANotice() {
        // projects spend 140.52 on 302, so 三公 above 表6's 30231 may come from them
        Disclosure d = withCell(Samples.sample(), TableId.T10, "vehicleRunning", "gpb", "70.00");
        assertThat(run(RUNNING, d)).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.NOTICE));
    }

    @Test
    void receptionWithNoEconomicLineAndNoProjectSpendingIsAnError() {
        // no 30217 in 表6 and no 302 project spending once 表7's 302 column is emptied
        Disclosure d = withCell(Samples.sample(), TableId.T10, "reception", "gpb", "3.00");
        d = withCell(d, TableId.T7, "total", "e302", null);
        assertThat(run(new SangongMatchesEconomic("reception", "30217"), d)).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
    }
}
