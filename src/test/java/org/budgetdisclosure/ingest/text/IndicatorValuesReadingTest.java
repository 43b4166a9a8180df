package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

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
