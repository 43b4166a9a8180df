package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.withCell;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Checker;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class ListedItemsTest {

    /** All four kinds, as the rulebook registers them. */
    private static List<Finding> run(Disclosure d) {
        List<ListedItems> rules = java.util.Arrays.stream(ListedItems.Kind.values()).map(ListedItems::new).toList();
        return new Checker(List.copyOf(rules)).check(d, CheckContext.forDocument(d));
    }

    @Test
    void acceptsTheSample() {
        // 收入预算包括 (1 source), 支出预算包括 and 一般公共预算支出包括 (4 classes), 人员经费 (16 款), 公用经费 (9 款)
        assertThat(run(Samples.sample())).isEmpty();
    }

    @Test
    void flagsASourceListedThatTheTablesLeaveEmpty() {
        Disclosure d = ProseMutations.sampleEdited("收入预算包括：一般公共预算。", "收入预算包括：一般公共预算、政府性基金预算。");
        assertThat(run(d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PROSE-LIST");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(408);
            assertThat(f.message()).contains("政府性基金预算").contains("为空");
            assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.table()).isEqualTo(TableId.T1));
        });
    }

    @Test
    void flagsAClassWithSpendingLeftOutOfTheList() {
        Disclosure d = ProseMutations.sampleEdited("卫生健康支出、住房保障支出。", "卫生健康支出。");
        assertThat(run(d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(410);
            assertThat(f.message()).contains("漏列").contains("住房保障支出").contains("64.73");
            assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.row()).isEqualTo("221 住房保障支出"));
        });
    }

    @Test
    void anOmissionUnderMainlyIncludesIsAWarning() {
        Disclosure d = ProseMutations.sampleEdited("津贴补贴、奖金、", "津贴补贴、");
        assertThat(run(d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().line()).isEqualTo(489);
            assertThat(f.related()).singleElement().satisfies(r -> {
                assertThat(r.table()).isEqualTo(TableId.T6);
                assertThat(r.row()).isEqualTo("30103 奖金");
                assertThat(r.column()).isEqualTo("人员经费");
            });
        });
    }

    @Test
    void flagsAnEconomicItemListedThatTable6DoesNotFund() {
        Disclosure d = ProseMutations.sampleEdited("办公费、印刷费、", "办公费、会议费、印刷费、");
        assertThat(run(d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(491);
            assertThat(f.message()).contains("会议费");
        });
    }

    @Test
    void flagsABudgetTypeWithIncomeMissingFromSectionFoursList() {
        Disclosure d = withCell(Samples.sample(), TableId.T4, "fund", "amount", "5.00");
        assertThat(run(d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(442);
            assertThat(f.message()).contains("漏列").contains("政府性基金预算");
        });
    }

    @Test
    void readsSectionFoursClassesFromTable5() {
        Disclosure d = withCell(Samples.sample(), TableId.T5, "221", "total", null);
        assertThat(run(d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(444);
            assertThat(f.message()).contains("住房保障支出").contains("为空");
        });
    }
}
