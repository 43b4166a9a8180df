package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.AllocationPart;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.ProjectDescription;
import org.junit.jupiter.api.Test;

class ProjectAllocationTest {

    private final ProjectAllocation rule = new ProjectAllocation();

    @Test
    void findsTheSamplesOperatingSubsidyThatAddsUpToNeitherFigure() {
        // 运行补助经费: budget 67.78; the text says 共计50万元 and lists 4.8 + 10 + 20 + 15.2 + 5 = 55.
        // 电子政务维护费: 83 + 4.74 = 87.74, fine; 化债工作奖补资金 names no amounts.
        List<Finding> found = run(rule, Samples.sample());
        assertThat(found).hasSize(2).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("PROSE-ALLOCATION");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(515); // the 资金分配情况 paragraph
            assertThat(f.at().row()).isEqualTo("运行补助经费");
            assertThat(f.expected().plain()).isEqualTo("67.78");
        });
        assertThat(found).extracting(f -> f.actual().plain()).containsExactlyInAnyOrder("50.00", "55.00");
    }

    @Test
    void flagsPartsThatDoNotAddUpToTheBudget() {
        Disclosure d = ProseMutations.withProject(Samples.sample(), "电子政务维护费", p -> new ProjectDescription(p.name(),
                p.policyBasis(), p.amount(), p.unit(), p.allocationText(), p.statedTotal(),
                List.of(new AllocationPart("电子政务运行维护", Money.of("84")), p.allocation().get(1)),
                p.executionPeriod(), p.start(), p.end(), p.at()));
        assertThat(run(rule, d)).filteredOn(f -> "电子政务维护费".equals(f.at().row())).singleElement().satisfies(f -> {
            assertThat(f.expected().plain()).isEqualTo("87.74");
            assertThat(f.actual().plain()).isEqualTo("88.74");
            assertThat(f.tolerance().plain()).isEqualTo("0.01");
        });
    }

    @Test
    void acceptsPartsThatAddUpToTheBudget() {
        // 电子政务维护费: 电子政务运行维护 83 + 无纸办公系统 4.74 = 预算安排规模 87.74
        assertThat(run(rule, Samples.sample())).noneMatch(f -> "电子政务维护费".equals(f.at().row()));
    }
}
