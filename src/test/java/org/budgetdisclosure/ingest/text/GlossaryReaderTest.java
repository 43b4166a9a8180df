package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.GlossaryTerm;
import org.junit.jupiter.api.Test;

class GlossaryReaderTest {

    private static List<GlossaryTerm> read(String part4, ReadContext ctx) {
        return GlossaryReader.read(TextDisclosureReader.lines(part4), ctx);
    }

    @Test
    void boldTermsWithHalfOrFullWidthColons() {
        ReadContext ctx = new ReadContext("t");
        List<GlossaryTerm> terms = read("""
                一、**财政拨款**:指由一般公共预算安排的财政拨款数。

                二、<b>其他资金</b>：包括事业收入、其他收入等。
                """, ctx);

        assertThat(terms).extracting(GlossaryTerm::number, GlossaryTerm::term, GlossaryTerm::definition).containsExactly(
                tuple(1, "财政拨款", "指由一般公共预算安排的财政拨款数。"),
                tuple(2, "其他资金", "包括事业收入、其他收入等。"));
        assertThat(terms.get(1).at().line()).isEqualTo(3);
        assertThat(ctx.diagnostics()).isEmpty();
    }

    @Test
    void aQuotedTermWithoutBoldEndsAtTheFirstColon() {
        ReadContext ctx = new ReadContext("t");
        List<GlossaryTerm> terms = read("""
                七、“三公”经费:指部门(单位)因公出国(境)费用。其中:因公出国(境)费用反映国际旅费。
                """, ctx);

        assertThat(terms).singleElement().satisfies(t -> {
            assertThat(t.number()).isEqualTo(7);
            assertThat(t.term()).isEqualTo("“三公”经费");
            assertThat(t.definition()).isEqualTo("指部门(单位)因公出国(境)费用。其中:因公出国(境)费用反映国际旅费。");
        });
    }

    @Test
    void aTermWithoutColonEndsBeforeItsDefinitionsZhi() {
        ReadContext ctx = new ReadContext("t");
        List<GlossaryTerm> terms = read("""
                1. 机关运行经费是指行政单位的公用经费。
                2. 委托业务费指因委托外单位办理业务而支付的费用。
                """, ctx);

        assertThat(terms).extracting(GlossaryTerm::term, GlossaryTerm::definition).containsExactly(
                tuple("机关运行经费", "指行政单位的公用经费。"),
                tuple("委托业务费", "指因委托外单位办理业务而支付的费用。"));
    }

    @Test
    void aDefinitionWrappedOverLinesIsJoinedAndATermAloneTakesTheLinesBelow() {
        ReadContext ctx = new ReadContext("t");
        List<GlossaryTerm> terms = read("""
                #### 一、基本支出
                包括人员经费、公用
                经费。
                二、**项目支出**:在基本支出之外编制的年度项目
                支出计划。
                """, ctx);

        assertThat(terms).extracting(GlossaryTerm::term, GlossaryTerm::definition).containsExactly(
                tuple("基本支出", "包括人员经费、公用经费。"),
                tuple("项目支出", "在基本支出之外编制的年度项目支出计划。"));
    }

    @Test
    void theSignatureAndDateClosingTheDocumentAreNotGluedToTheLastTerm() {
        ReadContext ctx = new ReadContext("t");
        List<GlossaryTerm> terms = read("""
                九、**委托业务费**:反映因委托外单位办理业务而支付的委托业务费。

                昌吉市人民政府办公室

                2026 年 1 月 20 日
                """, ctx);

        assertThat(terms).singleElement()
                .satisfies(t -> assertThat(t.definition()).isEqualTo("反映因委托外单位办理业务而支付的委托业务费。"));
    }

    @Test
    void aSignatureIsRecognisedByItsNameEvenAfterADefinitionWithoutFullStop() {
        ReadContext ctx = new ReadContext("t");
        List<GlossaryTerm> terms = read("""
                九、**委托业务费**:反映因委托外单位办理业务而支付的委托业务费
                昌吉市财政局
                """, ctx);

        assertThat(terms.get(0).definition()).isEqualTo("反映因委托外单位办理业务而支付的委托业务费");
    }

    @Test
    void aShortWrappedTailOfTheLastDefinitionStaysWithIt() {
        ReadContext ctx = new ReadContext("t");
        List<GlossaryTerm> terms = read("""
                一、**一般公共预算**:包括公共财政拨款(补助)资金、专项收
                入
                """, ctx);

        assertThat(terms.get(0).definition()).isEqualTo("包括公共财政拨款(补助)资金、专项收入");
    }

    @Test
    void anIntroductionBeforeTheFirstTermIsNotATermAndGapsInNumberingAreNoticed() {
        ReadContext ctx = new ReadContext("t");
        List<GlossaryTerm> terms = read("""
                本部分名词解释如下：
                一、**财政拨款**:指财政拨款数。
                三、**其他资金**:包括事业收入。
                """, ctx);

        assertThat(terms).extracting(GlossaryTerm::number).containsExactly(1, 3);
        assertThat(ctx.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.NOTICE);
            assertThat(d.at().line()).isEqualTo(3);
        });
    }

    @Test
    void theSampleHasNineTermsAndTheSignatureIsNoneOfThem() {
        ReadContext ctx = new ReadContext(Samples.SAMPLE_NAME);
        List<GlossaryTerm> terms = GlossaryReader.read(
                Segmenter.segment(TextDisclosureReader.lines(Samples.sampleText())).part4(), ctx);

        assertThat(terms).hasSize(9);
        assertThat(terms).extracting(GlossaryTerm::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(terms).extracting(GlossaryTerm::term).containsExactly("财政拨款", "一般公共预算", "财政专户管理资金",
                "其他资金", "基本支出", "项目支出", "“三公”经费", "机关运行经费", "委托业务费");
        assertThat(terms.get(0).definition()).isEqualTo("指由一般公共预算、政府性基金预算、国有资本经营预算安排的财政拨款数。");
        assertThat(terms.get(6).definition()).startsWith("指部门(单位)因公出国(境)费用").endsWith("公务接待(含外宾接待)费用。");
        assertThat(terms.get(8).definition()).isEqualTo("反映因委托外单位办理业务而支付的委托业务费。");
        assertThat(terms.get(8).at().line()).isEqualTo(695);
        assertThat(ctx.diagnostics()).isEmpty();
    }
}
