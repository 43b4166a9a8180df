package org.budgetdisclosure.check.rules.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.junit.jupiter.api.Test;

class FundingPartsSumTest {

    private final FundingPartsSum rule = new FundingPartsSum();

    @Test
    void acceptsTheSample() {
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsAProjectWhoseFiscalAndOtherFundsDoNotMakeItsTotal() {
        Disclosure d = Edits.project(Samples.sample(), "运行补助经费", p -> Edits.budget(p, "67.78", "60.00", "0.00"));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("TGT-FUNDS-SUM");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(647);
            assertThat(f.at().column()).isEqualTo("年度预算总额");
            assertThat(f.expected().plain()).isEqualTo("60.00");
            assertThat(f.actual().plain()).isEqualTo("67.78");
        });
    }

    @Test
    void flagsTheDepartmentWhoseSourcesDoNotMakeItsTotal() {
        Disclosure d = Edits.department(Samples.sample(), t -> Edits.funds(t, "0.00", "1,200.00", "0.00", "1,229.69"));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(584);
            assertThat(f.at().row()).isEqualTo("部门整体绩效目标表");
            assertThat(f.expected().plain()).isEqualTo("1200.00");
            assertThat(f.actual().plain()).isEqualTo("1229.69");
        });
    }

    @Test
    void oneCentAcrossTwoRoundedPartsIsRoundingDrift() {
        Disclosure d = Edits.project(Samples.sample(), "运行补助经费", p -> Edits.budget(p, "67.78", "67.77", "0.00"));
        assertThat(run(rule, d)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.NOTICE));
    }

    @Test
    void aTableWithNoPartPrintedIsNotChecked() {
        Disclosure d = Edits.project(Samples.sample(), "运行补助经费", p -> Edits.budget(p, "67.78", null, null));
        assertThat(run(rule, d)).isEmpty();
    }
}
