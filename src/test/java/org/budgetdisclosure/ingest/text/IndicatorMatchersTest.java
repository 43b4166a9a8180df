package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The indicator value, unit and weight patterns are matched by hand for speed; the patterns remain the
 * specification. Over texts built from the pieces values are printed with, each hand matcher must
 * decide as the pattern's {@code matches()} does and end its figure where the pattern's group 1 ends.
 */
class IndicatorMatchersTest {

    private static final String[] TOKENS = {"0", "1", "12", "123", "1234", ",", ",123", ",12", ",1234", ".", ".5", ".25", "-", "+",
        "%", "分", "万元", "元", "条", "个", "人次", "以上", "及以下", "以内", "<", ">", "=", "≥", "≤", "≧", "≦", "a", " ", "年", "月",
        "\n", "\r", "\u0085", "\u2028", "\u2029", "abcdefghij", "。"};

    private static Gen<String> texts() {
        return TokenTexts.joined(TOKENS, 8);
    }

    private static final int EXAMPLES = 30_000;

    @Test
    void figuresEndWhereThePatternsGroupEnds() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            Matcher m = IndicatorValues.FIGURE.matcher(s);
            assertThat(IndicatorValues.figureEnd(s)).as(s).isEqualTo(m.matches() ? m.end(1) : -1);
        });
    }

    @Test
    void unitsAsThePatternAcceptsThem() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s ->
                assertThat(IndicatorValues.isUnit(s)).as(s).isEqualTo(IndicatorValues.UNIT.matcher(s).matches()));
    }

    @Test
    void weightsAsThePatternReadsThem() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            Matcher m = IndicatorTable.WEIGHT.matcher(s);
            assertThat(IndicatorTable.weightEnd(s)).as(s).isEqualTo(m.matches() ? m.end(1) : -1);
        });
    }

    private static final String[] LABEL_TOKENS = {"部门名称", "项目名称", "合计", "其中", "：", ":", "（", "）", "(", ")", " ", "\u3000",
        "盖章", "万元", "其他", "资金", "年度绩效目标", "项目年度绩效目标", "财政拨款", "，", "1,229.69", "a", "的"};

    @Test
    void targetLabelsNamedAsTheirKeysName() {
        Gen<String> cells = lists().of(integers().between(0, LABEL_TOKENS.length - 1)).ofSizeBetween(0, 12).map(ix -> {
            StringBuilder b = new StringBuilder();
            ix.forEach(i -> b.append(LABEL_TOKENS[i]));
            return b.toString();
        });
        qt().withExamples(EXAMPLES).forAll(cells).checkAssert(s ->
                assertThat(TargetFields.named(s)).as(s).isEqualTo(TargetFields.NAMES.get(TargetFields.key(s))));
    }

    @Test
    void examplesOfEachForm() {
        assertThat(TargetFields.named("部门名称 (盖章)")).isEqualTo(TargetFields.Label.DEPARTMENT);
        assertThat(TargetFields.named("其中：财政拨款：：")).isEqualTo(TargetFields.Label.FISCAL);
        assertThat(TargetFields.named("：".repeat(40) + "合计")).isNull();
        assertThat(TargetFields.named("合计" + "：".repeat(40))).isEqualTo(TargetFields.Label.TOTAL);
        assertThat(IndicatorValues.figureEnd("1,234.5万元")).isEqualTo(7);
        assertThat(IndicatorValues.figureEnd("1,2345")).isEqualTo(5);
        assertThat(IndicatorValues.figureEnd("-12.")).isEqualTo(3);
        assertThat(IndicatorValues.figureEnd("万元")).isEqualTo(-1);
        assertThat(IndicatorValues.isUnit("万元")).isTrue();
        assertThat(IndicatorValues.isUnit("abcdefghijk")).isFalse();
        assertThat(IndicatorValues.isUnit("个<")).isFalse();
        assertThat(IndicatorTable.weightEnd("10分")).isEqualTo(2);
        assertThat(IndicatorTable.weightEnd("2.5")).isEqualTo(3);
        assertThat(IndicatorTable.weightEnd("2.5.1")).isEqualTo(-1);
    }
}
