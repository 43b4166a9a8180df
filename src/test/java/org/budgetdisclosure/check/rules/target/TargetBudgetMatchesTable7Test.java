package org.budgetdisclosure.check.rules.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class TargetBudgetMatchesTable7Test {

    private final TargetBudgetMatchesTable7 rule = new TargetBudgetMatchesTable7();

    @Test
    void acceptsTheSample() {
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsATargetBudgetThatDiffersFromTable7() {
        Disclosure d = Edits.project(Samples.sample(), "运行补助经费", p -> Edits.budget(p, "76.78", "76.78", "0.00"));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("TGT-PROJECT-BUDGET");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(647);
            assertThat(f.at().column()).isEqualTo("年度预算总额");
            assertThat(f.expected().plain()).isEqualTo("67.78");
            assertThat(f.actual().plain()).isEqualTo("76.78");
            assertThat(f.difference().plain()).isEqualTo("9.00");
            assertThat(f.related()).singleElement().satisfies(l -> assertThat(l.line()).isEqualTo(322));
        });
    }

    @Test
    void aProjectSplitOverTwoFunctionCodesComparesAsTheirSum() {
        // 化债工作奖补资金's 表7 row renamed: 电子政务维护费 now has two rows, 87.74 + 5.00
        Disclosure d = Edits.rows(Samples.sample(), TableId.T7,
                r -> r.kind() == RowKind.PROJECT && "化债工作奖补资金".equals(r.projectName()), r -> Edits.project(r, "电子政务维护费"));
        d = Edits.project(d, "电子政务维护费", p -> Edits.budget(p, "92.74", "92.74", "0.00"));
        assertThat(run(rule, d)).isEmpty();
    }

    @Test
    void comparesAProjectPairedByANearMissName() {
        Disclosure d = Edits.project(Samples.sample(), "运行补助经费", p -> Edits.budget(Edits.renamed(p, "运行补助资金"), "70.00", "70.00", "0.00"));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.expected().plain()).isEqualTo("67.78");
            assertThat(f.actual().plain()).isEqualTo("70.00");
        });
    }

    @Test
    void withOtherFundsTheFiscalPartIsWhatTable7Holds() {
        Disclosure ok = Edits.project(Samples.sample(), "运行补助经费", p -> Edits.budget(p, "77.78", "67.78", "10.00"));
        assertThat(run(rule, ok)).isEmpty();
        Disclosure wrong = Edits.project(Samples.sample(), "运行补助经费", p -> Edits.budget(p, "77.78", "60.00", "17.78"));
        assertThat(run(rule, wrong)).singleElement().satisfies(f -> {
            assertThat(f.at().column()).isEqualTo("财政拨款");
            assertThat(f.actual().plain()).isEqualTo("60.00");
        });
    }

    @Test
    void aTargetWithoutBudgetIsLeftToTheReader() {
        Disclosure d = Edits.project(Samples.sample(), "运行补助经费", p -> Edits.budget(p, null, "67.78", "0.00"));
        assertThat(run(rule, d)).isEmpty();
    }
}
