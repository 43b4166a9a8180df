package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Direction;
import org.budgetdisclosure.model.Money;
import org.junit.jupiter.api.Test;

class FactExtractorTest {

    private final ReadContext ctx = ExplanationFixtures.context();

    private List<StatedFigure> read(String text) {
        return FactExtractor.figures(ProseParagraph.of(ProseText.clean(text), false, 7), 2, ctx);
    }

    @Test
    void readsAmountShareIncreaseAndAReasonWithCommasInIt() {
        List<StatedFigure> f = read("一般公共预算 1,229.70 万元，占 100.00%，比上年预算增加 98.28 万元，增长 8.69%，"
                + "主要原因是按照上级要求，为保障政府电子政务工作高效运转，电子政务项目经费较上年预算增加。");

        assertThat(f).singleElement().satisfies(s -> {
            assertThat(s.words()).isEqualTo("一般公共预算");
            assertThat(s.amount()).isEqualTo(Money.of("1229.70"));
            assertThat(s.share()).isEqualTo(new BigDecimal("100.00"));
            assertThat(s.change().direction()).isEqualTo(Direction.INCREASE);
            assertThat(s.change().amount()).isEqualTo(Money.of("98.28"));
            assertThat(s.change().percent()).isEqualTo(new BigDecimal("8.69"));
            assertThat(s.reason()).isEqualTo("按照上级要求，为保障政府电子政务工作高效运转，电子政务项目经费较上年预算增加");
            assertThat(s.line()).isEqualTo(7);
        });
    }

    @Test
    void readsADecreaseWithItsSign() {
        StatedFigure f = read("基本支出 500.00 万元，比上年预算减少 20.00 万元，下降 3.85%，主要原因是人员减少。").get(0);

        assertThat(f.change().direction()).isEqualTo(Direction.DECREASE);
        assertThat(f.change().signedAmount()).isEqualTo(Money.of("-20.00"));
        assertThat(f.change().percent()).isEqualTo(new BigDecimal("3.85"));
    }

    @Test
    void readsNoChangeAsFlatWithoutAnAmount() {
        StatedFigure f = read("项目支出 100.00 万元，与上年预算持平。").get(0);

        assertThat(f.amount()).isEqualTo(Money.of("100.00"));
        assertThat(f.change().direction()).isEqualTo(Direction.FLAT);
        assertThat(f.change().amount()).isNull();
        assertThat(f.change().percent()).isNull();
    }

    @Test
    void readsNotArrangedAsAFactWithoutAmount() {
        assertThat(read("上级政府性基金安排的转移支付资金未安排。")).singleElement().satisfies(s -> {
            assertThat(s.words()).isEqualTo("上级政府性基金安排的转移支付资金");
            assertThat(s.notArranged()).isTrue();
            assertThat(s.amount()).isNull();
        });
    }

    @Test
    void readsAnItemLineWithAHundredPercentIncreaseFromZero() {
        StatedFigure f = read("5. 社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）："
                + "2026年预算数为42.81万元，比上年预算增加42.81万元，增长100.00%，主要原因是2025年财政没有安排此类支出，"
                + "2026年预算安排了机关职业年金缴费部分。").get(0);

        assertThat(f.words()).isEqualTo("社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）");
        assertThat(f.amount()).isEqualTo(Money.of("42.81"));
        assertThat(f.change().amount()).isEqualTo(Money.of("42.81"));
        assertThat(f.change().percent()).isEqualTo(new BigDecimal("100.00")).hasToString("100.00");
        assertThat(f.reason()).startsWith("2025年财政没有安排此类支出，2026年");
    }

    @Test
    void readsEachItemOfTheSangongChangeSentenceWithItsOwnReason() {
        List<StatedFigure> f = read("2026 年财政拨款“三公”经费预算比上年预算增加 5.00 万元，增长 8.47%，其中：因公出国（境）费用增加 0.00 万元，"
                + "增长 0.00%，主要原因是 2025 年与 2026 年均未安排因公出国（境）费用；公务用车运行维护费增加 5.00 万元，增长 8.47%，"
                + "主要原因是增加一名挂职市领导，公务用车增加一辆；公务接待费减少 1.00 万元，下降 50.00%，主要原因是压减。");

        assertThat(f).extracting(StatedFigure::words)
                .containsExactly("财政拨款“三公”经费预算", "因公出国（境）费用", "公务用车运行维护费", "公务接待费");
        assertThat(f.get(0).change().amount()).isEqualTo(Money.of("5.00"));
        assertThat(f.get(0).reason()).isNull();
        assertThat(f.get(1).change().percent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(f.get(1).reason()).isEqualTo("2025年与2026年均未安排因公出国（境）费用");
        assertThat(f.get(2).reason()).isEqualTo("增加一名挂职市领导，公务用车增加一辆");
        assertThat(f.get(3).change().direction()).isEqualTo(Direction.DECREASE);
        assertThat(f).allSatisfy(s -> assertThat(s.amount()).isNull());
    }

    @Test
    void readsSeveralSubjectsWithAmountsSeparatedByCommas() {
        List<StatedFigure> f = read("“三公”经费数为 64.00 万元，其中：因公出国（境）费用 0.00 万元，公务用车购置 0.00 万元，公务用车运行维护费 64.00 万元。");

        assertThat(f).extracting(StatedFigure::words).containsExactly("“三公”经费", "因公出国（境）费用", "公务用车购置", "公务用车运行维护费");
        assertThat(f).extracting(StatedFigure::amount)
                .containsExactly(Money.of("64.00"), Money.of("0.00"), Money.of("0.00"), Money.of("64.00"));
    }

    @Test
    void readsWhatAClassIsMainlyUsedForUpToTheSemicolon() {
        List<StatedFigure> f = read("一般公共预算支出包括：一般公共服务支出 963.77 万元，主要用于人员工资福利支出和办公经费支出；"
                + "卫生健康支出 72.78 万元，主要用于缴纳干部职工基本医疗保险，大病保险。");

        assertThat(f).extracting(StatedFigure::words).containsExactly("一般公共服务支出", "卫生健康支出");
        assertThat(f).extracting(StatedFigure::purpose).containsExactly("人员工资福利支出和办公经费支出", "缴纳干部职工基本医疗保险，大病保险");
    }

    @Test
    void attachesAReasonInTheNextSentenceToTheFigureBeforeIt() {
        StatedFigure f = read("机关运行经费 10.00 万元，比上年预算增加 1.00 万元，增长 11.11%。主要原因是新增机构。").get(0);

        assertThat(f.reason()).isEqualTo("新增机构");
    }

    @Test
    void reportsAChangeThatBelongsToNothing() {
        assertThat(read("比上年预算增加 5.00 万元。")).isEmpty();
        assertThat(ctx.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("READ-FACT-ORPHAN");
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.NOTICE);
            assertThat(d.at().line()).isEqualTo(7);
        });
    }

    @Test
    void readsAmountsThePdfSplitWithSpaces() {
        assertThat(read("收支总预算 1, 229. 70 万元。")).singleElement()
                .satisfies(s -> assertThat(s.amount()).isEqualTo(Money.of("1229.70")));
    }

    @Test
    void ignoresSentencesWithoutFigures() {
        assertThat(read("收入全部为一般公共预算拨款，无政府性基金预算拨款和国有资本经营预算。")).isEmpty();
        assertThat(read("昌吉市人民政府办公室 2026 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。")).isEmpty();
    }

    @Test
    void readsItemsJoinedByEnumerationCommasAndBracketedParts() {
        assertThat(read("收入预算包括：一般公共预算拨款 100.00 万元、政府性基金预算拨款 20.00 万元。"))
                .extracting(StatedFigure::words).containsExactly("一般公共预算拨款", "政府性基金预算拨款");
        assertThat(read("公务用车购置及运行维护费 30.00 万元（其中：公务用车购置费 20.00 万元，公务用车运行维护费 10.00 万元）。"))
                .extracting(StatedFigure::words, StatedFigure::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("公务用车购置及运行维护费", Money.of("30.00")),
                        org.assertj.core.groups.Tuple.tuple("公务用车购置费", Money.of("20.00")),
                        org.assertj.core.groups.Tuple.tuple("公务用车运行维护费", Money.of("10.00")));
    }

    @Test
    void readsTheSubjectAfterNotArrangedWhenOnlyATimeComesBefore() {
        assertThat(read("本年度未安排政府性基金预算。")).singleElement().satisfies(s -> {
            assertThat(s.words()).isEqualTo("政府性基金预算");
            assertThat(s.notArranged()).isTrue();
        });
        assertThat(read("2026年未安排国有资本经营预算。")).extracting(StatedFigure::words).containsExactly("国有资本经营预算");
    }

    @Test
    void takesTheLeadInAndTheWordsBeforeTheAmountOffTheSubject() {
        assertThat(FactExtractor.subjectWords("昌吉市人民政府办公室2026年支出预算")).isEqualTo("支出预算");
        assertThat(FactExtractor.subjectWords("其中：政府采购货物预算")).isEqualTo("政府采购货物预算");
        assertThat(FactExtractor.subjectWords("1.行政运行（项）：2026年预算数为")).isEqualTo("行政运行（项）");
        assertThat(FactExtractor.subjectWords("收入预算包括：一般公共预算拨款")).isEqualTo("一般公共预算拨款");
        assertThat(FactExtractor.subjectWords("2026年一般公共预算拨款合计")).isEqualTo("一般公共预算拨款合计");
        assertThat(FactExtractor.subjectWords("（1）行政运行（项）")).isEqualTo("行政运行（项）");
    }
}
