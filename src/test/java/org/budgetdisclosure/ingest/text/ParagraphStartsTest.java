package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link ParagraphJoiner} tells how a line starts by hand; its patterns remain the specification. Over
 * texts built from the numerals, digits, brackets, marks, spaces and label words they are made of, each
 * hand test must say what the pattern's {@code lookingAt()} says.
 */
class ParagraphStartsTest {

    private static final String[] TOKENS = {"（", "）", "(", ")", "一", "二", "十", "三十", "百", " ", "  ", "\t", "\n", "\u3000",
        "1", "12", "123", "0", ".", "、", "．", ",", "。", "：", ":", "“", "”", "项目", "项目承担单位", "资金执行时间", "预算安排规模",
        "单位（部门）", "龥", "a", "A", "万元", "4.8", "5 ", "（一）", "(二) ", "1. ", "12、", "设立的政策依据与执行情况的详细说明"};

    private static Gen<String> texts() {
        return TokenTexts.joined(TOKENS, 12);
    }

    private static final int EXAMPLES = 30_000;

    @Test
    void subHeadingsAsThePatternFindsThem() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s ->
                assertThat(ParagraphJoiner.isSubHeading(s)).as(s).isEqualTo(ParagraphJoiner.SUB_HEADING.matcher(s).lookingAt()));
    }

    @Test
    void numberedItemsAsThePatternFindsThem() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s ->
                assertThat(ParagraphJoiner.isNumbered(s)).as(s).isEqualTo(ParagraphJoiner.NUMBERED.matcher(s).lookingAt()));
    }

    @Test
    void labelsAsThePatternFindsThem() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s ->
                assertThat(ParagraphJoiner.isLabel(s)).as(s).isEqualTo(ParagraphJoiner.LABEL.matcher(s).lookingAt()));
    }

    @Test
    void theExamplesOfTheirComments() {
        for (String s : List.of("（一）项目名称", "(一) 单位", "（ 十二 ）", "1. 互联网", "2、慰问", "12．外事", "项目承担单位：办公室", "资金执行时间:2026")) {
            assertThat(ParagraphJoiner.isSubHeading(s) || ParagraphJoiner.isNumbered(s) || ParagraphJoiner.isLabel(s)).as(s).isTrue();
        }
        for (String s : List.of("（其中", "5 万元", "4.8万元", "123. 不是", "一个很长很长很长很长很长很长很长的标签文字：", "项：", "")) {
            assertThat(ParagraphJoiner.isSubHeading(s) || ParagraphJoiner.isNumbered(s) || ParagraphJoiner.isLabel(s)).as(s).isFalse();
        }
    }
}
