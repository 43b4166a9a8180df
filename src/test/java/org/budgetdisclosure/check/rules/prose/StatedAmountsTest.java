package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;
import static org.budgetdisclosure.check.Mutations.withCell;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class StatedAmountsTest {

    private final StatedAmounts rule = new StatedAmounts();

    @Test
    void acceptsTheSampleButForItsPerformanceTargetAmount() {
        // 预算绩效情况 says the department-wide target covers 1,229.69 万元; the budget is 1,229.70.
        assertThat(run(rule, Samples.sample())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PROSE-AMOUNT");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(582);
            assertThat(f.at().section()).isEqualTo(13);
            assertThat(f.expected().plain()).isEqualTo("1229.70");
            assertThat(f.actual().plain()).isEqualTo("1229.69");
            assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.table()).isEqualTo(TableId.T3));
        });
    }

    private static List<Finding> newFindings(Disclosure d) {
        List<Finding> before = run(new StatedAmounts(), Samples.sample());
        return run(new StatedAmounts(), d).stream().filter(f -> !before.contains(f)).toList();
    }

    @Test
    void flagsAClassAmountThatDiffersFromTable5() {
        Disclosure d = ProseMutations.sampleEdited("4. 住房保障支出（类）64.73 万元", "4. 住房保障支出（类）65.73 万元");
        assertThat(newFindings(d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(461);
            assertThat(f.expected().plain()).isEqualTo("64.73");
            assertThat(f.actual().plain()).isEqualTo("65.73");
            assertThat(f.related()).singleElement().satisfies(r -> {
                assertThat(r.table()).isEqualTo(TableId.T5);
                assertThat(r.row()).isEqualTo("221 住房保障支出");
            });
        });
    }

    @Test
    void aOneCentDifferenceBetweenTwoPrintedFiguresIsAnError() {
        Disclosure d = withCell(Samples.sample(), TableId.T10, "vehicleRunning", "total", "64.01");
        assertThat(newFindings(d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(543);
            assertThat(f.at().row()).isEqualTo("公务用车运行维护费");
            assertThat(f.difference().plain()).isEqualTo("-0.01");
        });
    }

    @Test
    void flagsASourceCalledNotArrangedThatTheTablesFill() {
        Disclosure d = withCell(Samples.sample(), TableId.T1, "fund", "amount", "10.00");
        assertThat(newFindings(d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(420);
            assertThat(f.at().column()).isEqualTo("未安排");
            assertThat(f.expected().plain()).isEqualTo("10.00");
            assertThat(f.actual().plain()).isEqualTo("0.00");
        });
    }

    @Test
    void flagsAProjectBudgetThatDiffersFromTable7() {
        Disclosure d = withCell(Samples.sample(), TableId.T7, r -> "运行补助经费".equals(r.projectName()), "total", "60.00");
        assertThat(newFindings(d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(511);
            assertThat(f.expected().plain()).isEqualTo("60.00");
            assertThat(f.actual().plain()).isEqualTo("67.78");
        });
    }

    @Test
    void readsTheGeneralPublicBudgetSectionsFromTable5NotTable3() {
        // sections 4 and 5 speak of the general public budget: a change in 表3 alone is not theirs
        Disclosure d = withCell(Samples.sample(), TableId.T3, "201", "total", "999.99");
        assertThat(newFindings(d)).isEmpty();
        Disclosure d5 = withCell(Samples.sample(), TableId.T5, "201", "total", "999.99");
        assertThat(newFindings(d5)).extracting(f -> f.at().line()).containsExactly(444, 458);
    }

    @Test
    void flagsTheSangongTotalAgainstTable10() {
        Disclosure d = ProseMutations.sampleEdited("“三公”经费数为 64.00 万元", "“三公”经费数为 46.00 万元");
        assertThat(newFindings(d)).singleElement().satisfies(f -> {
            assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.table()).isEqualTo(TableId.T10));
            assertThat(f.expected().plain()).isEqualTo("64.00");
        });
    }

    @Test
    void theCurrentYearsIncomeIsComparedWithoutTheCarryOver() {
        Disclosure carried = withCell(Samples.sample(), TableId.T1, "currentIncome", "amount", "1200.00");
        assertThat(newFindings(carried)).isEmpty(); // “部门收入预算” is the income total
        Disclosure d = withCell(ProseMutations.sampleEdited("部门收入预算 1,229.70 万元", "部门本年收入预算 1,229.70 万元"),
                TableId.T1, "currentIncome", "amount", "1200.00");
        assertThat(newFindings(d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(414);
            assertThat(f.expected().plain()).isEqualTo("1200.00");
            assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.row()).isEqualTo("一、本年收入"));
        });
    }
}
