package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link IndicatorValues#read} reads by positions rather than substrings; the reading before that
 * ({@link IndicatorValuesBefore}) is the specification, over values built from the pieces they are
 * printed with (operators of both widths, words, figures, units, suffixes, dates, odd spaces).
 */
class IndicatorValuesReadingTest {

    private static final String[] TOKENS = {"0", "1", "12", "123", "2026", "1999", ",", ",123", ".", ".5", "-", "+", "%", "％", "分", "万元",
        "元", "条", "人次", "以上", "及以上", "以下", "以内", "<", ">", "=", "≥", "≤", "＞", "＜", "＝", "．", "，", "１", "９", "不低于", "大于",
        "大于或等于", "等于", "年", "月", "日", "前", "/", " ", "\u3000", "\u00a0", "\t", "\n", "\u0085", "\u2028", "有效", "提升", "a",
        "abcdefghij"};

    private static Gen<String> values() {
        return TokenTexts.joined(TOKENS, 7);
    }

    @Test
    void readsAsTheReadingBefore() {
        qt().withExamples(60_000).forAll(values()).checkAssert(s ->
                assertThat(IndicatorValues.read(s)).as(s).isEqualTo(IndicatorValuesBefore.read(s)));
    }

    private static final String[] FIGURE_TOKENS = {"0", "1", "9", "12", "123", "4567", "99999999", ",", ",123", ".", ".5", "-", "+", "分", " "};

    @Test
    void figuresAndWeightsCountedUpAsBigDecimalReadsThem() {
        qt().withExamples(60_000).forAll(TokenTexts.joined(FIGURE_TOKENS, 9)).checkAssert(s -> {
            int end = IndicatorValues.figureEnd(s);
            if (end >= 0) {
                assertThat(IndicatorValues.number(s, 0, end)).as(s).isEqualTo(new BigDecimal(s.substring(0, end).replace(",", "")));
            }
            int weight = IndicatorTable.weightEnd(s);
            if (weight >= 0) {
                assertThat(IndicatorValues.number(s, 0, weight)).as(s).isEqualTo(new BigDecimal(s.substring(0, weight)));
            }
        });
        assertThat(IndicatorValues.number("-0.50", 0, 5)).isEqualTo(new BigDecimal("-0.50")).hasToString("-0.50");
        assertThat(IndicatorValues.number("+1,234,567,890,123,456,789.25", 0, 29)).isEqualTo(new BigDecimal("1234567890123456789.25"));
    }

    @Test
    void commonUnitsAreOneStringEach() {
        assertThat(IndicatorValues.read("=1 次").value().unit()).isSameAs(IndicatorValues.read("≥2次").value().unit()).isEqualTo("次");
        assertThat(IndicatorValues.unit("≥5000万元以上", 5, 7)).isEqualTo("万元");
        assertThat(IndicatorValues.unit("=3 艘", 3, 4)).isEqualTo("艘");
    }

    @Test
    void figureAndUnitRangesAsTheirStrings() {
        qt().withExamples(30_000).forAll(values(), values()).checkAssert((p, v) -> {
            int end = IndicatorValues.figureEnd(v);
            assertThat(IndicatorValues.figureEnd(p + v, p.length())).as(p + "|" + v).isEqualTo(end < 0 ? -1 : p.length() + end);
            assertThat(IndicatorValues.isUnit(p + v + p, p.length(), p.length() + v.length())).as(p + "|" + v)
                    .isEqualTo(IndicatorValues.isUnit(v));
        });
    }
}
