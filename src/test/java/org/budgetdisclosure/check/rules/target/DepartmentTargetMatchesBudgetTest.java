package org.budgetdisclosure.check.rules.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class DepartmentTargetMatchesBudgetTest {

    private final DepartmentTargetMatchesBudget rule = new DepartmentTargetMatchesBudget();

    @Test
    void theSamplesDepartmentTargetIsOneCentShortOfTheBudget() {
        // a real defect of the sample: 1,229.69 in the target table against 1,229.70 in every table
        assertThat(run(rule, Samples.sample())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("TGT-DEPT-TOTAL");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(584);
            assertThat(f.at().column()).isEqualTo("合计");
            assertThat(f.expected().plain()).isEqualTo("1229.70");
            assertThat(f.actual().plain()).isEqualTo("1229.69");
            assertThat(f.difference().plain()).isEqualTo("-0.01");
            assertThat(f.related()).singleElement().satisfies(l -> {
                assertThat(l.table()).isEqualTo(TableId.T1);
                assertThat(l.line()).isEqualTo(124);
            });
        });
    }

    @Test
    void acceptsADepartmentTargetEqualToTheBudget() {
        Disclosure d = Edits.department(Samples.sample(), t -> Edits.funds(t, "0.00", "1,229.70", "0.00", "1,229.70"));
        assertThat(run(rule, d)).isEmpty();
    }

    @Test
    void usesTable3WhenTable1IsMissing() {
        Disclosure d = Edits.withoutTable(Samples.sample(), TableId.T1);
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.expected().plain()).isEqualTo("1229.70");
            assertThat(f.related().get(0).table()).isEqualTo(TableId.T3);
        });
    }

    @Test
    void flagsADepartmentTargetFarFromTheBudget() {
        Disclosure d = Edits.department(Samples.sample(), t -> Edits.funds(t, "0.00", "1,300.00", "0.00", "1,300.00"));
        assertThat(run(rule, d)).singleElement().satisfies(f -> assertThat(f.difference().plain()).isEqualTo("70.30"));
    }
}
