package org.budgetdisclosure.portal.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.SubjectKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.portal.Edition;
import org.budgetdisclosure.portal.SampleVariants;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static final Disclosure SAMPLE = Samples.sample();

    private static <T extends Chart> T chart(List<Chart> charts, String id, Class<T> type) {
        return charts.stream().filter(c -> c.id().equals(id)).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + id));
    }

    private static Money t3(String code) {
        return SAMPLE.table(TableId.T3).orElseThrow().rowByCode(code).orElseThrow().amount("total");
    }

    @Test
    void theSampleHasEveryChartInPageOrder() {
        assertThat(Charts.of(SAMPLE, List.of())).extracting(Chart::id)
                .containsExactly("where", "nature", "costs", "economic", "changes", "sangong");
    }

    @Test
    void whereTheMoneyGoesIsTable3AsClassesSectionsAndItems() {
        TreeChart where = chart(Charts.of(SAMPLE, List.of()), "where", TreeChart.class);

        assertThat(where.nodes()).extracting(TreeChart.Node::code).containsExactly("201", "208", "210", "221");
        for (TreeChart.Node cls : where.nodes()) {
            assertThat(cls.amount()).as(cls.code()).isEqualTo(t3(cls.code()));
            assertThat(cls.level()).isEqualTo(CodeLevel.CLASS);
        }
        assertThat(where.nodes().get(0).amount()).isEqualTo(Money.of("963.77"));
        assertThat(where.total()).isEqualTo(Money.of("1229.70"));
        TreeChart.Node office = where.nodes().get(0).children().get(0);
        assertThat(office.code()).isEqualTo("20103");
        assertThat(office.children()).extracting(TreeChart.Node::code).containsExactly("2010301", "2010350", "2010399");
        assertThat(Money.sum(office.children().stream().map(TreeChart.Node::amount).toList())).isEqualTo(Money.of("963.77"));
        // every printed function line is in the tree exactly once
        long printed = SAMPLE.table(TableId.T3).orElseThrow().rows().stream().filter(r -> r.kind() == RowKind.FUNCTION).count();
        assertThat(count(where.nodes())).isEqualTo(printed);
    }

    private static long count(List<TreeChart.Node> nodes) {
        return nodes.stream().mapToLong(n -> 1 + count(n.children())).sum();
    }

    @Test
    void theTreeTablesSharesAreThoseTheProseStates() {
        TreeChart where = chart(Charts.of(SAMPLE, List.of()), "where", TreeChart.class);
        Map<String, List<String>> rows = where.table().rows().stream().collect(Collectors.toMap(r -> r.get(0), Function.identity()));
        // 说明五 states each class's share of the general budget (which is all of this department's money)
        for (Fact f : SAMPLE.explanation().facts()) {
            if (f.section() == 5 && f.subject().kind() == SubjectKind.FUNCTION && f.sharePercent() != null) {
                assertThat(rows.get(f.subject().key()).get(4)).as(f.subject().key()).isEqualTo(f.sharePercent().toPlainString() + "%");
            }
        }
        assertThat(rows.get("201")).containsExactly("201", "一般公共服务支出", "类", "963.77", "78.37%");
        assertThat(rows.get("2010301")).containsExactly("2010301", "行政运行", "项", "610.96", "49.68%");
        assertThat(where.table().rows()).hasSize((int) count(where.nodes()));
    }

    @Test
    void basicAgainstProjectAndPersonnelAgainstPublicComeFromTheTotalRows() {
        List<Chart> charts = Charts.of(SAMPLE, List.of());
        PieChart nature = chart(charts, "nature", PieChart.class);
        PieChart costs = chart(charts, "costs", PieChart.class);

        assertThat(nature.slices()).extracting(PieChart.Slice::amount).containsExactly(Money.of("1069.18"), Money.of("160.52"));
        assertThat(nature.total()).isEqualTo(Money.of("1229.70"));
        assertThat(nature.slices()).extracting(nature::share).containsExactly(new BigDecimal("86.95"), new BigDecimal("13.05"));
        assertThat(costs.slices()).extracting(PieChart.Slice::amount).containsExactly(Money.of("867.27"), Money.of("201.90"));
        // the printed total is the base: 867.27 + 201.90 = 1069.17 against the printed 1069.18
        assertThat(costs.total()).isEqualTo(SAMPLE.table(TableId.T6).orElseThrow().row(r -> r.kind() == RowKind.TOTAL).orElseThrow().amount("total"))
                .isEqualTo(Money.of("1069.18"));
        assertThat(costs.slices()).extracting(costs::share).containsExactly(new BigDecimal("81.12"), new BigDecimal("18.88"));
        assertThat(costs.table().rows().get(2)).containsExactly("合计", "1,069.18", "100.00%");
        assertThat(nature.table().rows()).containsExactly(List.of("基本支出", "1,069.18", "86.95%"), List.of("项目支出", "160.52", "13.05%"),
                List.of("合计", "1,229.70", "100.00%"));
    }

    @Test
    void economicClassesAddTable6sBasicToTable7sProjectColumns() {
        BarChart economic = chart(Charts.of(SAMPLE, List.of()), "economic", BarChart.class);

        assertThat(economic.categories()).extracting(BarChart.Category::label)
                .containsExactly("301 工资福利支出", "302 商品和服务支出", "303 对个人和家庭的补助");
        assertThat(economic.series()).extracting(BarChart.Series::name).containsExactly("基本支出", "项目支出", "合计");
        Table t6 = SAMPLE.table(TableId.T6).orElseThrow();
        assertThat(economic.series().get(0).values()).containsExactly(t6.rowByCode("301").orElseThrow().amount("total"),
                t6.rowByCode("302").orElseThrow().amount("total"), t6.rowByCode("303").orElseThrow().amount("total"));
        assertThat(economic.series().get(1).values()).containsExactly(null, Money.of("140.52"), Money.of("20.00"));
        assertThat(economic.series().get(2).values()).containsExactly(Money.of("813.85"), Money.of("342.42"), Money.of("73.42"));
        // project parts add up to 表7's total; basic parts to 表6's within the printed rounding (1069.17 against 1069.18)
        Row t7total = SAMPLE.table(TableId.T7).orElseThrow().row(r -> r.kind() == RowKind.TOTAL).orElseThrow();
        assertThat(Money.of("140.52").plus(Money.of("20.00"))).isEqualTo(t7total.amount("total"));
        assertThat(economic.table().rows().get(1)).containsExactly("302 商品和服务支出", "201.90", "140.52", "342.42");
        assertThat(economic.table().rows().get(0)).containsExactly("301 工资福利支出", "813.85", "—", "813.85");
    }

    @Test
    void changesFromTheProseGiveLastYearAsThisYearLessTheChange() {
        ChangeChart changes = chart(Charts.of(SAMPLE, List.of()), "changes", ChangeChart.class);

        assertThat(changes.source()).contains("说明");
        assertThat(changes.lines()).extracting(ChangeChart.Line::code).containsExactly("2010301", "2010350", "2010399",
                "2080505", "2080506", "2101101", "2101102", "2101103", "2101199", "2210201");
        ChangeChart.Line running = changes.lines().get(0);
        assertThat(running.name()).isEqualTo("行政运行");
        assertThat(running.current()).isEqualTo(Money.of("610.96"));
        assertThat(running.change()).isEqualTo(Money.of("99.85"));
        assertThat(running.last()).isEqualTo(Money.of("511.11"));
        assertThat(running.percent()).isEqualByComparingTo("19.54");
        ChangeChart.Line institutions = changes.lines().get(1);
        assertThat(institutions.change()).isEqualTo(Money.of("-73.88"));
        assertThat(institutions.last()).isEqualTo(Money.of("266.17"));
        assertThat(institutions.percent()).isEqualByComparingTo("-27.76");
        for (ChangeChart.Line l : changes.lines()) {
            assertThat(l.last().plus(l.change())).as(l.code()).isEqualTo(l.current());
            assertThat(l.current()).as(l.code()).isEqualTo(SAMPLE.table(TableId.T5).orElseThrow().rowByCode(l.code()).orElseThrow().amount("total"));
        }
        assertThat(changes.table().rows().get(1)).containsExactly("2010350", "事业运行", "266.17", "192.29", "-73.88", "-27.76%");
    }

    @Test
    void lastYearsPublishedDisclosureGivesTheChangesFromBothTables() {
        String lastYearText = SampleVariants.previousYear(SampleVariants.replaceOnce(SampleVariants.text(),
                "## 一般公共预算支出情况表", "201\t03\t01\t行政运行\t610.96\t610.96\t", "201\t03\t01\t行政运行\t500.00\t500.00\t"));
        Disclosure lastYear = SampleVariants.read(lastYearText);
        assertThat(lastYear.header().year()).isEqualTo(2025);

        ChangeChart changes = chart(Charts.of(SAMPLE, List.of(new Edition(7, 2025, 1, lastYear))), "changes", ChangeChart.class);

        assertThat(changes.source()).contains("2025年公开文件（第1版）").contains("表5");
        ChangeChart.Line running = changes.lines().stream().filter(l -> l.code().equals("2010301")).findFirst().orElseThrow();
        assertThat(running.last()).isEqualTo(Money.of("500.00"));
        assertThat(running.current()).isEqualTo(Money.of("610.96"));
        assertThat(running.change()).isEqualTo(Money.of("110.96"));
        assertThat(running.percent()).isEqualByComparingTo("22.19"); // 110.96 / 500
        assertThat(changes.lines()).filteredOn(l -> !l.code().equals("2010301"))
                .allSatisfy(l -> assertThat(l.change()).isEqualTo(Money.ZERO));
    }

    @Test
    void anEditionOfAnotherYearThanLastIsNoBaseForChanges() {
        Disclosure twoYearsAgo = SampleVariants.read(SampleVariants.previousYear(SampleVariants.previousYear(SampleVariants.text())));
        ChangeChart changes = chart(Charts.of(SAMPLE, List.of(new Edition(7, 2024, 1, twoYearsAgo))), "changes", ChangeChart.class);

        assertThat(changes.source()).contains("说明");
        assertThat(changes.lines().get(0).change()).isEqualTo(Money.of("99.85"));
    }

    @Test
    void sangongOfThisYearAndLastYearFromTheProse() {
        BarChart sangong = chart(Charts.of(SAMPLE, List.of()), "sangong", BarChart.class);

        assertThat(sangong.categories()).extracting(BarChart.Category::label).containsExactly("2025年", "2026年");
        assertThat(sangong.series()).extracting(BarChart.Series::name)
                .containsExactly("因公出国（境）费用", "公务接待费", "公务用车购置及运行维护费", "合计");
        // 2026: 表10 prints 64.00 for vehicles and in total; the prose says +5.00 on last year for both
        assertThat(sangong.series().get(2).values()).containsExactly(Money.of("59.00"), Money.of("64.00"));
        assertThat(sangong.series().get(3).values()).containsExactly(Money.of("59.00"), Money.of("64.00"));
        assertThat(sangong.series().get(0).values()).containsExactly(Money.ZERO, Money.ZERO);
        assertThat(sangong.categories().get(0).note()).contains("本文件说明所述上年预算数");
        assertThat(sangong.categories().get(1).note()).contains("表10");
        Money t10total = SAMPLE.table(TableId.T10).orElseThrow().row(r -> r.kind() == RowKind.TOTAL).orElseThrow().amount("total");
        assertThat(sangong.series().get(3).values().get(1)).isEqualTo(t10total);
        assertThat(sangong.table().headers()).last().isEqualTo("数据来源");
    }

    @Test
    void sangongOverTheYearsUsesOtherYearsTablesBeforeTheirProse() {
        // last year's document as published: its 表10 says 70.00 where this year's prose implies 59.00
        String lastYearText = SampleVariants.previousYear(SampleVariants.replaceOnce(SampleVariants.text(),
                "财政拨款“三公”经费支出情况表", "<b>总计</b>\t<b>64.00</b>\t<b>64.00</b>", "<b>总计</b>\t<b>70.00</b>\t<b>70.00</b>"));
        Disclosure lastYear = SampleVariants.read(lastYearText);

        BarChart sangong = chart(Charts.of(SAMPLE, List.of(new Edition(7, 2025, 2, lastYear))), "sangong", BarChart.class);

        assertThat(sangong.categories()).extracting(BarChart.Category::label).containsExactly("2024年", "2025年", "2026年");
        assertThat(sangong.series().get(3).values()).containsExactly(Money.of("59.00"), Money.of("70.00"), Money.of("64.00"));
        assertThat(sangong.categories().get(0).note()).isEqualTo("2025年公开文件（第2版）说明所述上年预算数");
        assertThat(sangong.categories().get(1).note()).isEqualTo("表10（2025年公开文件（第2版））");
    }

    @Test
    void aDisclosureWithoutTablesOrFactsHasNoCharts() {
        Disclosure bare = new Disclosure("x", SAMPLE.header(), SAMPLE.overview(), List.of(),
                new org.budgetdisclosure.model.Explanation(List.of(), List.of(), List.of(), List.of(), SAMPLE.explanation().other()),
                SAMPLE.targets(), List.of());

        assertThat(Charts.of(bare, List.of())).isEmpty();
    }
}
