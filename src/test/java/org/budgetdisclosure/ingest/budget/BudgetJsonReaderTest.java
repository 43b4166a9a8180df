package org.budgetdisclosure.ingest.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Operator;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.model.budget.Budget;
import org.budgetdisclosure.model.budget.FundingSource;
import org.budgetdisclosure.model.budget.Nature;
import org.junit.jupiter.api.Test;

class BudgetJsonReaderTest {

    private static Parsed<Budget> read(String json) {
        try {
            return new BudgetJsonReader().read("test.budget.json", json.getBytes(StandardCharsets.UTF_8));
        } catch (UnreadableInputException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> messages(Parsed<Budget> p) {
        return p.diagnostics().stream().map(d -> d.severity() + " " + d.code() + " " + d.message()).toList();
    }

    private static final String HEAD = """
            {"department": {"name": "某局", "year": 2026},
             "lines": [
            """;

    @Test
    void readsAGoodLineWithChineseNamesAndPrintedAmounts() {
        Parsed<Budget> p = read(HEAD + """
                {"function": "2010301", "economic": "30101", "source": "一般公共预算本级", "nature": "人员经费", "amount": "1,229.70"},
                {"function": "2010301", "economic": "30201", "source": "GPB", "nature": "BASIC_PUBLIC", "amount": 12.5}
                ]}""");
        assertThat(p.diagnostics()).isEmpty();
        assertThat(p.value().lines()).hasSize(2);
        assertThat(p.value().lines().get(0).amount()).isEqualTo(Money.of("1229.70"));
        assertThat(p.value().lines().get(0).source()).isEqualTo(FundingSource.GPB);
        assertThat(p.value().lines().get(1).nature()).isEqualTo(Nature.BASIC_PUBLIC);
        assertThat(p.value().lines().get(1).amount()).isEqualTo(Money.of("12.50"));
    }

    @Test
    void aBadAmountIsReportedAtItsPathAndItsLineLeftOut() {
        Parsed<Budget> p = read(HEAD + """
                {"function": "2010301", "economic": "30101", "source": "一般公共预算本级", "nature": "人员经费", "amount": "1.00"},
                {"function": "2010301", "economic": "30101", "source": "一般公共预算本级", "nature": "人员经费", "amount": "1.00"},
                {"function": "2010301", "economic": "30101", "source": "一般公共预算本级", "nature": "人员经费", "amount": "1.00"},
                {"function": "2010301", "economic": "30101", "source": "一般公共预算本级", "nature": "人员经费", "amount": "abc"},
                {"function": "2010301", "economic": "30101", "source": "一般公共预算本级", "nature": "人员经费", "amount": 1.005}
                ]}""");
        assertThat(messages(p)).containsExactly(
                "ERROR BUDGET-AMOUNT $.lines[3].amount: 不是金额：“abc”",
                "ERROR BUDGET-AMOUNT $.lines[4].amount: 不是金额：“1.005”超过两位小数（单位为万元，精确到 0.01）");
        assertThat(p.value().lines()).hasSize(3);
    }

    @Test
    void wrongCodesUnknownSourcesAndNaturesAreErrors() {
        Parsed<Budget> p = read(HEAD + """
                {"function": "20103", "economic": "30101", "source": "一般公共预算本级", "nature": "人员经费", "amount": "1.00"},
                {"function": "2010301", "economic": "40101", "source": "一般公共预算本级", "nature": "人员经费", "amount": "1.00"},
                {"function": "2010301", "economic": "30101", "source": "自筹", "nature": "人员经费", "amount": "1.00"},
                {"function": "2010301", "economic": "30101", "source": "一般公共预算本级", "nature": "基本", "amount": "1.00"}
                ]}""");
        assertThat(messages(p)).containsExactly(
                "ERROR BUDGET-CODE $.lines[0].function: “20103”不是7位的支出功能分类项级科目代码",
                "ERROR BUDGET-CODE $.lines[1].economic: 经济分类类“401”不是部门预算支出经济分类的类（301、302、303、307、309、310、311、312、313、399）",
                "ERROR BUDGET-SOURCE $.lines[2].source: 未知的资金来源“自筹”，应为：一般公共预算本级、一般公共预算上级转移支付、政府性基金本级、"
                        + "政府性基金上级转移支付、国有资本经营本级、国有资本经营上级转移支付、财政专户核拨、事业收入、上级补助收入、附属单位上缴收入、"
                        + "事业单位经营收入、其他收入、上年结转一般公共预算、上年结转政府性基金、上年结转国有资本经营、上年结余财政专户、上年结转结余单位资金",
                "ERROR BUDGET-NATURE $.lines[3].nature: 未知的支出性质“基本”，应为人员经费、公用经费或项目支出");
        assertThat(p.value().lines()).isEmpty();
    }

    @Test
    void projectLinesNeedAProjectAndACodeOutsideTheCatalogNeedsAName() {
        Parsed<Budget> p = read(HEAD + """
                {"function": "2010301", "economic": "30213", "source": "一般公共预算本级", "nature": "项目支出", "amount": "1.00"},
                {"function": "2019999", "economic": "30213", "source": "一般公共预算本级", "nature": "项目支出", "project": "甲", "amount": "1.00"}
                ]}""");
        assertThat(messages(p)).containsExactly(
                "ERROR BUDGET-PROJECT $.lines[0].project: 项目支出应写明所属项目",
                "WARNING BUDGET-CODE-NAME $.lines[1].function: 科目“2019999”不在内置 2026 年支出功能分类科目（部分）中，请在 names 中给出其名称",
                "WARNING BUDGET-CODE-NAME $.lines[1].function: 科目“20199”不在内置 2026 年支出功能分类科目（部分）中，请在 names 中给出其名称",
                "WARNING BUDGET-PROJECT $.lines[1].project: 项目“甲”不在 projects 中，将没有项目说明和绩效目标");
        assertThat(p.value().lines()).hasSize(1);
    }

    @Test
    void aMissingDepartmentAndBadLastYearAreReported() {
        Parsed<Budget> p = read("""
                {"lines": [], "lastYear": {"gpb": {"amount": "x"}, "basic": 3}}""");
        assertThat(messages(p)).containsExactly(
                "ERROR BUDGET-FIELD $.department: 缺少部门信息（name、year）",
                "ERROR BUDGET-FIELD $.lines: 没有任何预算明细",
                "ERROR BUDGET-AMOUNT $.lastYear.gpb.amount: 不是金额：“x”",
                "ERROR BUDGET-FIELD $.lastYear.basic: 应为对象 {\"amount\": …, \"reason\": …}");
    }

    @Test
    void indicatorValuesAreReadIntoOperatorNumberAndUnit() {
        Parsed<Budget> p = read(HEAD + """
                ], "projects": [{"name": "甲", "indicators": [
                  {"level3": "人数", "value": "≥80人次", "weight": 15},
                  {"level3": "成本", "value": "< =625元", "weight": "20"},
                  {"level3": "时限", "value": "=2026年12月10日"},
                  {"level3": "效果", "value": "有效提升"}]}]}""");
        var values = p.value().projects().get(0).indicators().stream().map(i -> i.value()).toList();
        assertThat(values.get(0).operator()).isEqualTo(Operator.GE);
        assertThat(values.get(0).number()).isEqualByComparingTo("80");
        assertThat(values.get(0).unit()).isEqualTo("人次");
        assertThat(values.get(1).operator()).isEqualTo(Operator.LE);
        assertThat(values.get(1).unit()).isEqualTo("元");
        assertThat(values.get(2).number()).isNull();
        assertThat(values.get(2).unit()).isEqualTo("2026年12月10日");
        assertThat(values.get(3).isQuantitative()).isFalse();
        assertThat(p.value().projects().get(0).indicators().get(1).weight()).isEqualByComparingTo("20");
    }

    @Test
    void inputThatIsNotAJsonObjectIsUnreadable() {
        assertThatThrownBy(() -> new BudgetJsonReader().read("x.json", "[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableInputException.class);
        assertThatThrownBy(() -> new BudgetJsonReader().read("x.json", "{\"a\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void theExampleReadsWithoutDiagnostics() throws Exception {
        byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("examples", "changji-gov-office-2026.budget.json"));
        Parsed<Budget> p = new BudgetJsonReader().read("example", bytes);
        assertThat(p.diagnostics()).extracting(Diagnostic::message).isEmpty();
        assertThat(p.value().lines()).hasSize(37);
        assertThat(Money.sum(p.value().lines().stream().map(l -> l.amount()).toList())).isEqualTo(Money.of("1229.70"));
    }
}
