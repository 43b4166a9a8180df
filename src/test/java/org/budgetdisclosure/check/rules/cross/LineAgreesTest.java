package org.budgetdisclosure.check.rules.cross;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;
import static org.budgetdisclosure.check.Mutations.withCell;
import static org.budgetdisclosure.check.rules.cross.LineAgrees.line;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class LineAgreesTest {

    private static final LineAgrees GPB_T2 = new LineAgrees(line(TableId.T1, Side.INCOME, "gpbOwn", "amount"),
            line(TableId.T2, null, "total", "gpb"));
    private static final LineAgrees CARRYOVER_T12 = new LineAgrees(line(TableId.T1, Side.INCOME, "carryover", "amount"),
            line(TableId.T12, null, "total", "total"));

    @Test
    void acceptsTheSample() {
        assertThat(run(GPB_T2, Samples.sample())).isEmpty();
        assertThat(run(CARRYOVER_T12, Samples.sample())).isEmpty();
    }

    @Test
    void flagsASourceThatDiffersBetweenTable1AndTable2() {
        Disclosure d = withCell(Samples.sample(), TableId.T2, r -> r.kind() == RowKind.TOTAL, "gpb", "1229.07");
        List<Finding> f = run(GPB_T2, d);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("XT-LINE");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.at().table()).isEqualTo(TableId.T1);
            assertThat(x.at().line()).isEqualTo(96);
            assertThat(x.related()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(161));
            assertThat(x.expected()).isEqualTo(Money.of("1229.07"));
            assertThat(x.actual()).isEqualTo(Money.of("1229.70"));
        });
    }

    @Test
    void flagsACarryOverPrintedInTable12Only() {
        Disclosure d = withCell(Samples.sample(), TableId.T12, r -> r.kind() == RowKind.TOTAL, "total", "12.00");
        assertThat(run(CARRYOVER_T12, d)).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo(Money.of("12.00"));
            assertThat(x.actual()).isEqualTo(Money.ZERO);
        });
    }
}
