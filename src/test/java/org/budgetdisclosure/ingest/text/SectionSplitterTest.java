package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Diagnostic;
import org.junit.jupiter.api.Test;

class SectionSplitterTest {

    private final ReadContext ctx = ExplanationFixtures.context();

    private List<SectionSplitter.RawSection> split(String text) {
        return SectionSplitter.split(ExplanationFixtures.lines(text), ctx);
    }

    @Test
    void numbersSectionsFromHeadingsAtAnyLevelWithOrWithoutASpaceAfterTheComma() {
        List<SectionSplitter.RawSection> s = split("""
                #### 一、关于某单位 2026 年收支预算情况总体说明

                收支总预算 10.00 万元。

                二、关于某单位 2026 年收入预算情况说明

                ## 九、 关于某单位 2026 年国有资本经营预算拨款情况说明

                ### 十三、 其他重要事项的情况说明
                """);

        assertThat(s).extracting(SectionSplitter.RawSection::number).containsExactly(1, 2, 9, 13);
        assertThat(s).extracting(SectionSplitter.RawSection::title)
                .containsExactly("关于某单位2026年收支预算情况总体说明", "关于某单位2026年收入预算情况说明",
                        "关于某单位2026年国有资本经营预算拨款情况说明", "其他重要事项的情况说明");
        assertThat(s.get(0).headingLine()).isEqualTo(1);
        assertThat(s.get(0).paragraphs()).singleElement().satisfies(p -> assertThat(p.firstLine()).isEqualTo(3));
    }

    @Test
    void aNumberedSentenceInsideASectionIsNotAHeading() {
        List<SectionSplitter.RawSection> s = split("""
                ## 三、关于支出预算情况说明

                一、基本支出情况说明
                """);

        assertThat(s).singleElement().satisfies(r -> assertThat(r.paragraphs()).hasSize(1));
    }

    @Test
    void readsSubHeadingsInEveryBracketStyleAsHeadingParagraphs() {
        List<SectionSplitter.RawSection> s = split("""
                ## 十三、其他重要事项的情况说明
                （一）机关运行经费情况
                #### (二) 政府采购情况
                #### **(四) 预算绩效情况**
                本部门无其他需说明事项。
                """);

        assertThat(s.get(0).paragraphs()).extracting(ProseParagraph::heading).containsExactly(true, true, true, false);
        assertThat(s.get(0).paragraphs().get(2).text()).isEqualTo("(四)预算绩效情况");
    }

    @Test
    void rejoinsAParagraphThePdfWrappedMidSentence() {
        List<SectionSplitter.RawSection> s = split("""
                ## 七、关于一般公共预算项目支出情况说明
                资金分配情况：本项目资金共计50万元，主要用于以下几个方面：2.慰问费用：10万元用于慰问基层干部，共计10

                次。这些慰问活动旨在关怀一线干部群众。
                资金执行时间：2026 年 1 月 1 日-2026 年 12 月 31 日
                """);

        List<ProseParagraph> p = s.get(0).paragraphs();
        assertThat(p).hasSize(2);
        assertThat(p.get(0).text()).endsWith("共计10次。这些慰问活动旨在关怀一线干部群众。");
        assertThat(p.get(0).lineAt(p.get(0).text().indexOf("次。"))).isEqualTo(4);
        assertThat(p.get(0).lineAt(0)).isEqualTo(2);
        assertThat(p.get(1).text()).isEqualTo("资金执行时间：2026年1月1日-2026年12月31日");
    }

    @Test
    void doesNotJoinALabelValueToTheNextLabel() {
        List<SectionSplitter.RawSection> s = split("""
                ## 七、关于一般公共预算项目支出情况说明
                预算安排规模：87.74万元

                项目承担单位：某单位
                ## （二）项目名称：运行补助经费
                """);

        assertThat(s.get(0).paragraphs()).extracting(ProseParagraph::text)
                .containsExactly("预算安排规模：87.74万元", "项目承担单位：某单位", "（二）项目名称：运行补助经费");
    }

    @Test
    void warnsAboutEachMissingSectionByNumberAndStandardTitle() {
        split("""
                # 一、关于收支预算情况总体说明
                # 十三、其他重要事项的情况说明
                """);

        assertThat(ctx.diagnostics()).hasSize(11).allSatisfy(d -> {
            assertThat(d.code()).isEqualTo("READ-SECTION-MISSING");
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
        });
        assertThat(ctx.diagnostics().get(8).message()).contains("第十节").contains("财政拨款“三公”经费预算情况说明");
    }

    @Test
    void readsChineseNumeralsUpToTwenty() {
        assertThat(SectionSplitter.numeral("一")).isEqualTo(1);
        assertThat(SectionSplitter.numeral("十")).isEqualTo(10);
        assertThat(SectionSplitter.numeral("十三")).isEqualTo(13);
        assertThat(SectionSplitter.numeral("二十")).isEqualTo(20);
        assertThat(SectionSplitter.numeral("甲")).isZero();
        assertThat(SectionSplitter.numeralOf(13)).isEqualTo("十三");
    }
}
