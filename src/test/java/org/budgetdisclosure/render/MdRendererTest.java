package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.budgetdisclosure.Golden;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.WithoutProvenance;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Checker;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.RuleBook;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Overview;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The md renderer against the text reader: the sample printed as md reads back to the same model
 * (provenance aside), printing that again gives the same bytes, and the checker says the same about
 * both. Each quirk of the form has a small case of its own.
 */
class MdRendererTest {

    private static String md(Disclosure d) {
        return MdRenderer.toMarkdown(d);
    }

    private static Parsed<Disclosure> read(String md) {
        return Samples.read("sample.md", md);
    }

    /** Renders and reads back, asserting the model survived whole. */
    private static Disclosure roundTrip(Disclosure d) {
        Disclosure back = read(md(d)).value();
        assertThat(WithoutProvenance.json(back)).isEqualTo(WithoutProvenance.json(d));
        return back;
    }

    private static Table table(Disclosure d, TableId id) {
        return d.table(id).orElseThrow();
    }

    // --- the sample ---

    @Test
    void theSamplesMdReadsBackToTheSameModel() {
        // every table cell, fact, list, project, target indicator and glossary term, compared whole
        roundTrip(Samples.sample());
    }

    @Test
    void theComparisonWouldSeeOneChangedCell() {
        Disclosure d = Samples.sample();
        Table t3 = table(d, TableId.T3);
        List<Row> rows = new ArrayList<>(t3.rows());
        rows.set(2, rows.get(2).withCell("total", Money.of("610.97")));
        Disclosure changed = d.withTable(t3.withRows(rows));
        assertThat(WithoutProvenance.json(read(md(changed)).value())).isNotEqualTo(WithoutProvenance.json(d));
    }

    @Test
    void theReadBackModelHoldsEveryFigureOfTheSample() {
        Disclosure back = read(md(Samples.sample())).value();
        assertThat(back.tables()).hasSize(12);
        assertThat(back.tables().stream().mapToInt(t -> t.rows().stream().mapToInt(r -> r.cells().size()).sum()).sum())
                .isEqualTo(Samples.sample().tables().stream()
                        .mapToInt(t -> t.rows().stream().mapToInt(r -> r.cells().size()).sum()).sum())
                .isGreaterThan(200);
        assertThat(back.explanation().facts()).hasSize(Samples.sample().explanation().facts().size()).hasSizeGreaterThan(50);
        assertThat(back.explanation().projects()).extracting(p -> p.name())
                .containsExactly("电子政务维护费", "运行补助经费", "化债工作奖补资金");
        assertThat(back.targets().projects()).hasSize(3);
        assertThat(back.targets().department().indicators()).hasSize(5);
        assertThat(back.glossary()).hasSize(9);
        assertThat(back.header().signedOn()).hasToString("2026-03-13");
    }

    @Test
    void theSamplesMdReadsWithoutAnyReaderNote() {
        // the sample's three notes are about its PDF leftovers (a row broken over a page, “标 | 标”, “---”)
        assertThat(Samples.parsedSample().diagnostics()).hasSize(3);
        assertThat(read(md(Samples.sample())).diagnostics()).isEmpty();
    }

    @Test
    void renderingTheReadBackMdAgainGivesTheSameBytes() {
        String first = md(Samples.sample());
        String second = md(read(first).value());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theSamplesMdIsTheReviewedGolden() {
        Golden.assertMatches("sample.md", md(Samples.sample()));
    }

    @Test
    void theRendererStreamsTheSameTextInUtf8() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MdRenderer().render(Samples.sample(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(md(Samples.sample()));
        assertThat(Renderers.byFormat("md")).containsInstanceOf(MdRenderer.class);
    }

    @Test
    void checkingTheMdGivesTheSamplesFindings() {
        Checker checker = new Checker(RuleBook.all());
        Disclosure sample = Samples.sample();
        Disclosure back = read(md(sample)).value();
        List<String> onSample = summary(checker.check(sample, CheckContext.forDocument(sample)));
        List<String> onMd = summary(checker.check(back, CheckContext.forDocument(back)));
        assertThat(onSample).isNotEmpty();
        assertThat(onMd).isEqualTo(onSample);
    }

    /** A finding without its file and line: rule, severity, the path in the document, the figures. */
    private static List<String> summary(List<Finding> findings) {
        return findings.stream().map(f -> String.join(" | ", f.rule(), f.severity().name(), f.at().path(), f.message(),
                String.valueOf(f.expected()), String.valueOf(f.actual()))).toList();
    }

    /**
     * Other documents of the format differ from the sample in ways the reader accepts; whatever it
     * read must come back from the md too. Each case is one edit of the sample's text.
     */
    static Stream<Arguments> variantsOfTheSample() {
        return Stream.of(
                Arguments.of("a table without its number", "表 3\n", ""),
                Arguments.of("a table without 编制部门", "编制部门：昌吉市人民政府办公室\n\n单位：万元\n\n科目\t\t\t支出预算",
                        "单位：万元\n\n科目\t\t\t支出预算"),
                Arguments.of("a negative amount", "公务用车运行维护费\t64.00\t64.00", "公务用车运行维护费\t-64.00\t64.00"),
                Arguments.of("表4 with a carry-over line", "\t\t205 教育支出\t\t\t\t", "<b>二、上年结转</b>\t\t205 教育支出\t\t\t\t"),
                Arguments.of("an indicator without a weight", "2025 年信息工作小结\t18", "2025 年信息工作小结\t"),
                Arguments.of("a subordinate unit", "昌吉市人民政府办公室无下属预算单位。",
                        "昌吉市人民政府办公室下属预算单位 1 个，包括：昌吉市电子政务中心。"),
                Arguments.of("a glossary term without its definition", "**委托业务费**:反映因委托外单位办理业务而支付的委托业务费。",
                        "**委托业务费**"),
                Arguments.of("no signature", "\n昌吉市人民政府办公室\n\n2026年3月13日", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variantsOfTheSample")
    void variantsOfTheSampleAlsoReadBackToTheirModel(String what, String from, String to) {
        String text = Samples.sampleText();
        assertThat(text).contains(from);
        Disclosure variant = Samples.read("variant.txt", text.replace(from, to)).value();
        assertThat(WithoutProvenance.json(variant)).isNotEqualTo(WithoutProvenance.json(Samples.sample()));
        roundTrip(variant);
    }

    // --- the form, quirk by quirk ---

    @Test
    void amountsArePrintedCleanNotAsThePdfBrokeThem() {
        assertThat(Samples.sampleText()).contains("<b>1, 229. 70</b>");
        String md = md(Samples.sample());
        assertThat(md).contains("<b>一、本年收入</b>\t<b>1,229.70</b>\t201 一般公共服务支出\t963.77\n")
                .doesNotContain("1, 229").doesNotContain("963. 77");
    }

    @Test
    void aFunctionCodeIsPrintedSplitOverItsClassSectionAndItemCells() {
        assertThat(md(Samples.sample()))
                .contains("201\t03\t01\t行政运行\t610.96\t610.96\t\n")
                .contains("<b>201</b>\t<b>03</b>\t\t<b>政府办公厅（室）及相关机构事务</b>\t<b>963.77</b>")
                .contains("302\t31\t公务用车运行维护费\t64.00\t\t64.00\n");
    }

    @Test
    void anEmptyCellStaysEmptyAndAZeroIsPrintedAsZero() {
        Disclosure d = Samples.sample();
        Table t3 = table(d, TableId.T3);
        List<Row> rows = new ArrayList<>(t3.rows());
        rows.set(2, rows.get(2).withCell("project", Money.ZERO));
        Disclosure changed = d.withTable(t3.withRows(rows));
        assertThat(md(changed)).contains("201\t03\t01\t行政运行\t610.96\t610.96\t0.00\n")
                .contains("201\t03\t50\t事业运行\t192.29\t192.29\t\n");
        Disclosure back = roundTrip(changed);
        assertThat(table(back, TableId.T3).rowByCode("2010301").orElseThrow().cell("project")).contains(Money.ZERO);
        assertThat(table(back, TableId.T3).rowByCode("2010350").orElseThrow().cell("project")).isEmpty();
    }

    @Test
    void aGroupHeadingIsPrintedOnceOverItsColumnsAndTheLabelsUnderIt() {
        String md = md(Samples.sample());
        assertThat(md).contains("科目代码\t\t\t科目名称\t总计\t财政拨款（补助）\t\t\t\t\t\t财政专户（教育收费）\t单位资金\t财政拨款结转\t非财政拨款结转结余\n"
                + "类\t款\t项\t\t\t财政拨款（补助）小计\t一般公共预算\t上级一般公共预算安排的转移支付\t政府性基金预算"
                + "\t上级政府性基金安排的转移支付\t国有资本经营预算\t\t\t\t\n");
        // 表8: 基本支出 over 人员经费 and 公用经费, 合计 and 项目支出 merged downwards
        assertThat(md).contains("科目\t\t\t\t政府性基金预算支出\t\t\t\n"
                + "科目代码\t\t\t科目名称\t合计\t基本支出\t\t项目支出\n"
                + "类\t款\t项\t\t\t人员经费\t公用经费\t\n");
    }

    @Test
    void tableTwelvesTwinColumnsArePrintedUnderTheirOwnGroups() {
        Table t12 = table(Samples.sample(), TableId.T12);
        // the reader names the two 人员经费 columns by their whole heading path
        assertThat(t12.columns()).extracting(Column::label).contains("财政拨款/基本支出/人员经费", "非财政拨款/基本支出/人员经费");
        assertThat(md(Samples.sample())).contains("项目\t合计\t财政拨款\t\t\t\t非财政拨款\t\t\t\n"
                + "\t\t小计\t基本支出\t\t项目支出\t小计\t基本支出\t\t项目支出\n"
                + "\t\t\t人员经费\t公用经费\t\t\t人员经费\t公用经费\t\n");
        assertThat(table(roundTrip(Samples.sample()), TableId.T12).columns()).isEqualTo(t12.columns());
    }

    @Test
    void aTwoSidedLineHoldsAnIncomeRowAndTheExpenditureRowReadAfterIt() {
        Row income = item(Side.INCOME, "一、本年收入");
        Row spend = item(Side.EXPENDITURE, "201 一般公共服务支出");
        Row spend2 = item(Side.EXPENDITURE, "202 外交支出");
        Row income2 = item(Side.INCOME, "二、上年结转结余");
        List<Row[]> lines = MdTableWriter.lines(List.of(income, spend, spend2, income2), true);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).containsExactly(income, spend);
        assertThat(lines.get(1)).containsExactly(null, spend2);
        assertThat(lines.get(2)).containsExactly(income2, null);
    }

    private static Row item(Side side, String name) {
        return new Row(RowKind.ITEM, side, null, null, name, null, null, false, java.util.Map.of(), null);
    }

    @Test
    void aParagraphAfterOneThatStopsMidSentenceIsPrintedAsAListItemSoItStaysApart() {
        Disclosure d = Samples.sample();
        Section first = d.explanation().sections().get(0);
        List<Paragraph> paragraphs = List.of(
                new Paragraph("按照全口径预算的原则，本部门所有收入和支出均纳入部门预算管理，详见下列各项", false, null),
                new Paragraph("收支总预算1,229.70万元。", false, null),
                new Paragraph("此后各段照常。", false, null));
        Disclosure changed = withSection(d, 0, new Section(first.number(), first.title(), paragraphs, null));
        String md = md(changed);
        assertThat(md).contains("详见下列各项\n\n- 收支总预算1,229.70万元。\n\n此后各段照常。\n");
        Disclosure back = read(md).value();
        assertThat(back.explanation().sections().get(0).paragraphs()).extracting(Paragraph::text)
                .containsExactly(paragraphs.get(0).text(), paragraphs.get(1).text(), paragraphs.get(2).text());
        // a sentence that ends, or a line the reader sees as new (a number, a “标签：”), needs no marker
        assertThat(MdExplanationWriter.wouldBeGlued(paragraphs.get(1), paragraphs.get(2))).isFalse();
        assertThat(MdExplanationWriter.wouldBeGlued(paragraphs.get(0), new Paragraph("预算安排规模：5.00万元", false, null))).isFalse();
        assertThat(MdExplanationWriter.wouldBeGlued(paragraphs.get(0), new Paragraph("2.其余", false, null))).isFalse();
    }

    private static Disclosure withSection(Disclosure d, int index, Section s) {
        Explanation e = d.explanation();
        List<Section> sections = new ArrayList<>(e.sections());
        sections.set(index, s);
        return d.withExplanation(new Explanation(sections, e.facts(), e.lists(), e.projects(), e.other()));
    }

    @Test
    void aRegionalColumnIsPrintedWithItsLabelAndReadBack() {
        Disclosure d = Samples.sample();
        Table t3 = table(d, TableId.T3);
        List<Column> columns = new ArrayList<>(t3.columns());
        // a column no national layout has; the reader keys such a column by its position (the 8th cell)
        columns.add(new Column("col8", "其中：政府采购", null));
        List<Row> rows = new ArrayList<>(t3.rows());
        rows.set(2, rows.get(2).withCell("col8", Money.of("12.00")));
        Table regional = new Table(t3.id(), t3.number(), t3.title(), t3.preparedBy(), t3.unit(), columns, rows,
                t3.emptyStatement(), t3.at());
        Disclosure changed = d.withTable(regional);
        String md = md(changed);
        assertThat(md).contains("科目\t\t\t\t支出预算\t\t\t\n科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出\t其中：政府采购\n")
                .contains("201\t03\t01\t行政运行\t610.96\t610.96\t\t12.00\n");
        Parsed<Disclosure> back = read(md);
        assertThat(WithoutProvenance.json(back.value())).isEqualTo(WithoutProvenance.json(changed));
        assertThat(back.diagnostics()).extracting(x -> x.code()).containsExactly("READ-COLUMN-UNKNOWN");
    }

    @Test
    void aDutyThatStartsWithADigitIsNumberedInBrackets() {
        Disclosure d = Samples.sample();
        Overview o = d.overview();
        List<String> duties = List.of("负责会议的准备工作。", "2026年起负责政务公开工作。");
        Disclosure changed = new Disclosure(d.source(), d.header(), new Overview(duties, o.organisationText(),
                o.subordinateUnits(), o.at()), d.tables(), d.explanation(), d.targets(), d.glossary());
        // “2.2026年…” would read as a decimal, not as item 2
        assertThat(md(changed)).contains("1. 负责会议的准备工作。\n\n（2）2026年起负责政务公开工作。\n");
        roundTrip(changed);
    }

    @Test
    void theTargetTablesSitUnderThePerformanceHeadingAndEndAtTheNextHeading() {
        String md = md(Samples.sample());
        int performance = md.indexOf("#### (四)预算绩效情况");
        int department = md.indexOf("#### 部门整体绩效目标表");
        int lastProject = md.lastIndexOf("#### 项目支出绩效目标表");
        int next = md.indexOf("#### (五)其他需说明的事项");
        assertThat(performance).isPositive().isLessThan(department);
        assertThat(lastProject).isGreaterThan(department).isLessThan(next);
    }

    @Test
    void anIndicatorRowRepeatsNoCategoryTheRowAboveAlreadyNamed() {
        assertThat(md(Samples.sample()))
                .contains("履职效能\t数量指标\t编发政务信息数量\t≥700条\t2025年信息工作小结\t18\n"
                        + "\t\t承办会议场次\t≥200场次\t《三定方案》涉密、2025年工作总结\t16\n"
                        + "\t质量指标\t人大代表建议、政协提案办复率\t=100%\t");
    }

    @Test
    void glossaryTermsAreBoldAndTheSignatureClosesTheDocument() {
        String md = md(Samples.sample());
        assertThat(md).contains("七、**“三公”经费**：指部门(单位)因公出国(境)费用")
                .endsWith("九、**委托业务费**：反映因委托外单位办理业务而支付的委托业务费。\n\n昌吉市人民政府办公室\n\n2026年3月13日\n");
    }
}
