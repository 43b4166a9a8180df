package org.budgetdisclosure.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.catalog.NameCheck.Outcome;
import org.budgetdisclosure.model.ClassificationCode;
import org.budgetdisclosure.model.CodeLevel;
import org.junit.jupiter.api.Test;

class BuiltInCatalogTest {

    private final Catalog catalog = Catalogs.builtIn(2026).orElseThrow();
    private final Classification function = catalog.function();
    private final Classification economic = catalog.economic();

    @Test
    void the2026SetIsShippedAndUsedAsItself() {
        assertThat(Catalogs.shippedYears()).contains(2026);
        assertThat(catalog.year()).isEqualTo(2026);
        assertThat(catalog.dataYear()).isEqualTo(2026);
        assertThat(catalog.isFallback()).isFalse();
        assertThat(function.isPartial()).isTrue();
        assertThat(economic.isPartial()).isTrue();
    }

    @Test
    void knowsTheCodesOfTheGovernmentOfficeAndTheVehicleRunningCost() {
        assertThat(function.find("201")).map(Entry::name).contains("一般公共服务支出");
        assertThat(function.find("20103")).map(Entry::name).contains("政府办公厅（室）及相关机构事务");
        Entry running = function.find("2010301").orElseThrow();
        assertThat(running.name()).isEqualTo("行政运行");
        assertThat(running.level()).isEqualTo(CodeLevel.ITEM);
        assertThat(running.parentCode()).contains(ClassificationCode.function("20103"));
        assertThat(running.verified()).isEqualTo(Verification.YES);
        assertThat(economic.find("30231")).map(Entry::name).contains("公务用车运行维护费");
        assertThat(catalog.find(ClassificationCode.economic("30231"))).isPresent();
    }

    @Test
    void codesMayBeWrittenWithTheSpacesOfTheTables() {
        assertThat(function.find("201 03 01")).map(Entry::name).contains("行政运行");
        assertThat(economic.find("302 31")).map(Entry::name).contains("公务用车运行维护费");
    }

    @Test
    void walksUpAndDownTheTree() {
        assertThat(function.parent("2010301")).map(e -> e.code().digits()).contains("20103");
        assertThat(function.parent("20103")).map(e -> e.code().digits()).contains("201");
        assertThat(function.parent("201")).isEmpty();
        assertThat(function.children("20103")).extracting(e -> e.code().digits())
                .containsExactly("2010301", "2010350", "2010399");
        assertThat(function.children("201")).extracting(e -> e.code().digits()).contains("20103", "20106")
                .allMatch(c -> c.length() == 5);
        assertThat(economic.children("301")).extracting(e -> e.code().digits()).startsWith("30101", "30102", "30103");
        assertThat(economic.parent("30231")).map(Entry::name).contains("商品和服务支出");
    }

    @Test
    void findsANameAsThePdfPrintedIt() {
        assertThat(function.byName("政府办公厅(室)及相关机 构事务")).extracting(e -> e.code().digits())
                .containsExactly("20103");
        assertThat(function.byName("行政运行")).hasSizeGreaterThan(1);
        assertThat(function.childByName("20103", "行政运行")).map(e -> e.code().digits()).contains("2010301");
    }

    @Test
    void anUnknownCodeIsEmptyAndSaidToBeUnknownToAPartialCatalog() {
        assertThat(function.find("2010302")).isEmpty();
        assertThat(function.knows("2010302")).isFalse();
        assertThat(function.find("20")).isEmpty();
        assertThat(function.find("abc")).isEmpty();
        assertThat(economic.find("2010301")).isEmpty();
        assertThat(function.check("2010302", "一般行政管理事务").outcome()).isEqualTo(Outcome.NOT_IN_PARTIAL_CATALOG);
        assertThat(function.check("2010301", "事业运行").outcome()).isEqualTo(Outcome.OTHER_NAME);
    }

    @Test
    void hasAll30FunctionClassesOfTheSamplesTable1WithTheirNames() {
        String text = Samples.sampleText();
        String table1 = text.substring(text.indexOf("部门收支总体情况表\n"), text.indexOf("表 2"));
        Matcher m = Pattern.compile("\t(2\\d\\d) ([^\t]+)\t").matcher(table1);
        int count = 0;
        while (m.find()) {
            count++;
            assertThat(function.check(m.group(1), m.group(2)).outcome()).as(m.group()).isEqualTo(Outcome.SAME_NAME);
        }
        assertThat(count).isEqualTo(30);
        assertThat(function.atLevel(CodeLevel.CLASS)).hasSize(30)
                .extracting(e -> e.code().digits()).startsWith("201").endsWith("234").contains("227", "229");
    }

    /** Rows of the sample's tables 2, 3 and 5 as printed (code parts joined, names with the PDF's breaks). */
    private static final Map<String, String> SAMPLE_FUNCTION_ROWS = Map.ofEntries(
            Map.entry("201", "一般公共服务支出"),
            Map.entry("20103", "政府办公厅（室）及相关机构事务"),
            Map.entry("2010301", "行政运行"),
            Map.entry("2010350", "事业运行"),
            Map.entry("2010399", "其他政府办公厅（室）及相关机 构事务支出"),
            Map.entry("208", "社会保障和就业支出"),
            Map.entry("20805", "行政事业单位养老支出"),
            Map.entry("2080505", "机关事业单位基本养老保险缴费 支出"),
            Map.entry("2080506", "机关事业单位职业年金缴费支出"),
            Map.entry("210", "卫生健康支出"),
            Map.entry("21011", "行政事业单位医疗"),
            Map.entry("2101101", "行政单位医疗"),
            Map.entry("2101102", "事业单位医疗"),
            Map.entry("2101103", "公务员医疗补助"),
            Map.entry("2101199", "其他行政事业单位医疗支出"),
            Map.entry("221", "住房保障支出"),
            Map.entry("22102", "住房改革支出"),
            Map.entry("2210201", "住房公积金"));

    /** Rows of the sample's table 6 (economic 类 and 款). */
    private static final Map<String, String> SAMPLE_ECONOMIC_ROWS = Map.ofEntries(
            Map.entry("301", "工资福利支出"), Map.entry("30101", "基本工资"), Map.entry("30102", "津贴补贴"),
            Map.entry("30103", "奖金"), Map.entry("30108", "机关事业单位基本养老保险缴费"),
            Map.entry("30109", "职业年金缴费"), Map.entry("30110", "职工基本医疗保险缴费"),
            Map.entry("30111", "公务员医疗补助缴费"), Map.entry("30112", "其他社会保障缴费"),
            Map.entry("30113", "住房公积金"), Map.entry("30114", "医疗费"), Map.entry("30199", "其他工资福利支出"),
            Map.entry("302", "商品和服务支出"), Map.entry("30201", "办公费"), Map.entry("30202", "印刷费"),
            Map.entry("30207", "邮电费"), Map.entry("30211", "差旅费"), Map.entry("30226", "劳务费"),
            Map.entry("30228", "工会经费"), Map.entry("30231", "公务用车运行维护费"), Map.entry("30239", "其他交通费用"),
            Map.entry("30299", "其他商品和服务支出"),
            Map.entry("303", "对个人和家庭的补助"), Map.entry("30301", "离休费"), Map.entry("30302", "退休费"),
            Map.entry("30305", "生活补助"), Map.entry("30309", "奖励金"), Map.entry("30399", "其他对个人和家庭的补助"));

    /** Table 7 heads its columns with the economic 类 names (no codes), wrapped by the PDF. */
    private static final List<String> SAMPLE_TABLE7_ECONOMIC_HEADS = List.of("工资福利 支出", "商品和服 务支出",
            "对个人和 家庭的补 助", "债务利息 及费用支 出", "资本性支 出（基本 建设）", "资本性支 出", "对企业补 助（基本 建设）",
            "对企业补 助", "对社会保 障基金补 助", "其他支出");

    @Test
    void everyFunctionRowOfTheSamplesTables2To5And7IsKnownUnderItsPrintedName() {
        String text = Samples.sampleText();
        SAMPLE_FUNCTION_ROWS.forEach((code, printed) -> {
            assertThat(text).as("listed from the sample").contains(printed);
            NameCheck check = function.check(code, printed);
            assertThat(check.outcome()).as(code).isEqualTo(Outcome.SAME_NAME);
            assertThat(check.entry().orElseThrow().verified()).as(code).isEqualTo(Verification.YES);
        });
        // Table 7's project rows sit under 201 / 20103 / 2010399.
        assertThat(List.of("201", "20103", "2010399")).allMatch(function::knows);
    }

    @Test
    void everyEconomicRowOfTheSamplesTable6IsKnownUnderItsPrintedName() {
        String text = Samples.sampleText();
        SAMPLE_ECONOMIC_ROWS.forEach((code, printed) -> {
            String asPrinted = code.length() == 3 ? code + "</b>\t<b>" + printed : code.substring(0, 3) + "\t" + code.substring(3) + " " + printed;
            assertThat(text).as("listed from the sample").contains(asPrinted);
            assertThat(economic.check(code, printed).outcome()).as(code).isEqualTo(Outcome.SAME_NAME);
        });
    }

    @Test
    void everyEconomicClassHeadingOfTheSamplesTable7IsAClassOfTheCatalog() {
        String text = Samples.sampleText();
        for (String head : SAMPLE_TABLE7_ECONOMIC_HEADS) {
            assertThat(text).contains(head);
            // 其他支出 is both the 类 399 and its 款 39999: one of the matches must be the 类.
            assertThat(economic.byName(head)).as(head).filteredOn(e -> e.level() == CodeLevel.CLASS).hasSize(1);
        }
    }

    @Test
    void aLaterYearFallsBackToTheNearestEarlierSetAndSaysSo() {
        Catalog later = Catalogs.builtIn(2031).orElseThrow();
        assertThat(later.year()).isEqualTo(2031);
        assertThat(later.dataYear()).isEqualTo(2026);
        assertThat(later.isFallback()).isTrue();
        assertThat(later.function().knows("2010301")).isTrue();
        assertThat(Catalogs.builtIn(2000)).isEmpty();
    }
}
