package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.junit.jupiter.api.Test;

class ChangePercentTest {

    private final ChangePercent rule = new ChangePercent();

    private List<Finding> newFindings(Disclosure d) {
        List<Finding> before = run(rule, Samples.sample());
        return run(rule, d).stream().filter(f -> !before.contains(f)).toList();
    }

    @Test
    void findsTheSamplesPercentageFromAZeroBaseAndItsZeroOverZeroNotices() {
        List<Finding> found = run(rule, Samples.sample());
        // 职业年金: 42.81, 增加 42.81, 增长 100.00% — last year was 0
        assertThat(found).filteredOn(f -> f.severity() == Severity.ERROR).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(473);
            assertThat(f.message()).contains("上年数为零").contains("上年无此项支出");
        });
        // 因公出国、公务用车购置、公务接待: 0.00, 增加 0.00, 增长 0.00%
        assertThat(found).filteredOn(f -> f.severity() == Severity.NOTICE)
                .extracting(f -> f.at().row()).containsExactlyInAnyOrder("因公出国（境）费用", "公务用车购置", "公务接待费");
        assertThat(found).hasSize(4);
    }

    @Test
    void flagsAPercentageThatDoesNotFitTheImpliedPriorYear() {
        // 610.96, +99.85 → last year 511.11, 99.85 ÷ 511.11 = 19.54%
        Disclosure d = ProseMutations.sampleEdited("增长19.54%", "增长19.64%");
        assertThat(newFindings(d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PROSE-CHANGE");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(465);
            assertThat(f.expected().plain()).isEqualTo("19.54");
            assertThat(f.actual().plain()).isEqualTo("19.64");
            assertThat(f.expectedHow()).contains("511.11");
        });
    }

    @Test
    void acceptsAPercentageTheRoundedFiguresAllowAsANotice() {
        // 0.54, −0.06 → last year 0.60: with each figure ± 0.005 the decrease lies between 9.17% and 10.83%
        Disclosure d = ProseMutations.sampleEdited("下降10.00%", "下降10.50%");
        assertThat(newFindings(d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.expected().plain()).isEqualTo("10.00");
            assertThat(f.actual().plain()).isEqualTo("10.50");
        });
        assertThat(newFindings(ProseMutations.sampleEdited("下降10.00%", "下降11.00%")))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void flagsAnIncreaseLargerThanThisYearsFigure() {
        Disclosure d = ProseMutations.sampleEdited("增加1.16万元", "增加41.16万元");
        assertThat(newFindings(d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(475);
            assertThat(f.message()).contains("为负");
        });
    }
}
