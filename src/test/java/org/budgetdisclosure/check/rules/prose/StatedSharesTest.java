package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;
import static org.budgetdisclosure.check.Mutations.withCell;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class StatedSharesTest {

    private final StatedShares rule = new StatedShares();

    @Test
    void acceptsTheSample() {
        // 100.00%, 86.95%, 13.05%, 78.37%, 10.44%, 5.92%, 5.26%: each the rounding of part ÷ whole
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsAShareThatNoRoundingOfTheFiguresGives() {
        Disclosure d = ProseMutations.sampleEdited("占 78.37%", "占 78.57%");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PROSE-SHARE");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(458);
            assertThat(f.at().column()).isEqualTo("占比");
            assertThat(f.expected().plain()).isEqualTo("78.37");
            assertThat(f.actual().plain()).isEqualTo("78.57");
            assertThat(f.expectedHow()).contains("963.77").contains("1,229.70").contains("78.3744%");
        });
    }

    @Test
    void aShareTheRoundedFiguresAllowIsOnlyANotice() {
        // 963.77 ÷ 1,229.70 = 78.3744%, but 963.775 ÷ 1,229.695 = 78.3751%: 78.38% is within reach
        Disclosure d = ProseMutations.sampleEdited("占 78.37%", "占 78.38%");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.message()).startsWith("舍入差异");
            assertThat(f.expected().plain()).isEqualTo("78.37");
            assertThat(f.actual().plain()).isEqualTo("78.38");
        });
        assertThat(run(rule, ProseMutations.sampleEdited("占 78.37%", "占 78.39%")))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void recomputesTheShareFromTheTablesFigures() {
        Disclosure d = withCell(Samples.sample(), TableId.T5, "221", "total", "70.00");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(461);
            assertThat(f.expected().plain()).isEqualTo("5.69");
            assertThat(f.actual().plain()).isEqualTo("5.26");
        });
    }

    @Test
    void aShareOfTheIncomeIsTakenOfTheIncomeTotal() {
        Disclosure d = withCell(Samples.sample(), TableId.T1, r -> r.kind() == org.budgetdisclosure.model.RowKind.TOTAL
                && r.side() == org.budgetdisclosure.model.Side.INCOME, "amount", "1300.00");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(416);
            assertThat(f.expected().plain()).isEqualTo("94.59");
        });
    }
}
