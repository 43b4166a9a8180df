package org.budgetdisclosure.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.model.budget.Budget;
import org.budgetdisclosure.model.budget.BudgetLine;
import org.budgetdisclosure.model.budget.Department;
import org.budgetdisclosure.model.budget.FundingSource;
import org.budgetdisclosure.model.budget.Nature;
import org.junit.jupiter.api.Test;

/** Small budgets, the tables they make and what the text says of empty ones. */
class EmptyTablesTest {

    private static Budget budget(BudgetLine... lines) {
        return new Budget(new Department("某局", 2026, List.of("职能。"), null, List.of(), true, null), List.of(lines), List.of(), null,
                Map.of(), Map.of(), Map.of(), null, null, null, null, List.of());
    }

    @Test
    void aBudgetOfFundMoneyOnlyLeavesTheGeneralBudgetTablesEmptyWithTheirSentences() {
        Disclosure d = Compute.compute(budget(
                new BudgetLine("2120801", "30201", FundingSource.FUND, Nature.BASIC_PUBLIC, null, Money.of("10.00"))));
        assertThat(d.table(TableId.T5).orElseThrow().emptyStatement())
                .isEqualTo("某局2026年没有使用一般公共预算拨款安排的支出，一般公共预算支出情况表为空表。");
        assertThat(d.table(TableId.T9).orElseThrow().emptyStatement())
                .isEqualTo("某局2026年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。");
        assertThat(d.table(TableId.T8).orElseThrow().emptyStatement()).isNull();
        assertThat(d.table(TableId.T8).orElseThrow().rowByKey("total").orElseThrow().cells())
                .containsEntry("total", Money.of("10.00")).containsEntry("public", Money.of("10.00")).doesNotContainKey("personnel");
        assertThat(d.explanation().sections().get(7).paragraphs().get(0).text())
                .isEqualTo("某局2026年政府性基金预算拨款安排的支出10.00万元，其中：基本支出10.00万元，项目支出0.00万元。");
    }

    @Test
    void tables1And4PrintEveryClassOfTheYearAndTable2EveryLevel() {
        Disclosure d = Compute.compute(budget(
                new BudgetLine("2010301", "30101", FundingSource.GPB, Nature.BASIC_PERSONNEL, null, Money.of("1.25")),
                new BudgetLine("2010350", "30101", FundingSource.BUSINESS_INCOME, Nature.BASIC_PERSONNEL, null, Money.of("2.00"))));
        assertThat(d.table(TableId.T1).orElseThrow().rows().stream().filter(r -> r.kind() == RowKind.FUNCTION)).hasSize(30);
        assertThat(d.table(TableId.T4).orElseThrow().rows().stream().filter(r -> r.kind() == RowKind.FUNCTION)).hasSize(30);
        var t2 = d.table(TableId.T2).orElseThrow();
        assertThat(t2.rows()).extracting(r -> r.code() == null ? r.name() : r.code())
                .containsExactly("201", "20103", "2010301", "2010350", "总计");
        assertThat(t2.rowByCode("20103").orElseThrow().cells()).containsEntry("total", Money.of("3.25"))
                .containsEntry("fiscalSubtotal", Money.of("1.25")).containsEntry("gpb", Money.of("1.25"))
                .containsEntry("unitFunds", Money.of("2.00"));
        assertThat(d.table(TableId.T1).orElseThrow().rowByKey(org.budgetdisclosure.model.Side.INCOME, "businessIncome").orElseThrow()
                .cells()).containsEntry("amount", Money.of("2.00"));
        // 表4 covers financial appropriations only
        assertThat(d.table(TableId.T4).orElseThrow().rowByKey(org.budgetdisclosure.model.Side.EXPENDITURE, "total").orElseThrow().cells())
                .containsEntry("total", Money.of("1.25"));
        assertThat(d.header().signedOn()).isNull();
        assertThat(d.overview().organisationText()).isEqualTo("某局无下属预算单位。");
    }
}
