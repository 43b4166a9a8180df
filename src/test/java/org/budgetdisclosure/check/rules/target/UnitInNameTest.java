package org.budgetdisclosure.check.rules.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Random;
import java.util.regex.Pattern;
import org.budgetdisclosure.RandomTexts;
import org.junit.jupiter.api.Test;

/** {@link IndicatorValueForm#unitInName} says what the regex it replaced said. */
class UnitInNameTest {

    private static final Pattern UNIT_IN_NAME = Pattern.compile(".*[（(][^（）()\\d]{1,4}[）)]\\s*$");

    private static final String[] PIECES = {"（", "）", "(", ")", "%", "个", "万元", "人次", "1", "合格率", " ", "\t", "\n", "\r", "\u2028",
        "\u3000", "验收"};

    @Test
    void saysWhatTheRegexSaid() {
        qt().withExamples(30000).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String s = RandomTexts.of(r, PIECES, r.nextInt(9) + 1);
            assertThat(IndicatorValueForm.unitInName(s)).as("%s", s).isEqualTo(UNIT_IN_NAME.matcher(s).matches());
        });
    }

    @Test
    void examples() {
        assertThat(IndicatorValueForm.unitInName("项目验收合格率（%）")).isTrue();
        assertThat(IndicatorValueForm.unitInName("培训人次(人次) ")).isTrue();
        assertThat(IndicatorValueForm.unitInName("覆盖率（2025）")).isFalse();
        assertThat(IndicatorValueForm.unitInName("覆盖率（五个字以上）")).isFalse();
    }
}
