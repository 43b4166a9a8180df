package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The year of a target table is found by hand; {@link TargetTableReader#YEAR} remains the
 * specification: the hand search gives the pattern's first match, over titles built from the pieces
 * they are printed with.
 */
class TargetYearTest {

    private static final String[] TOKENS = {"2026", "1999", "20", "19", "2", "0", "6", "18", "2100", " ", "\t", "\u3000", "\u000B", "年",
        "(", ")", "（", "）", "项目支出绩效目标表", "月", "a", "#"};

    private static Gen<String> titles() {
        return TokenTexts.joined(TOKENS, 10);
    }

    @Test
    void yearAsThePatternFindsIt() {
        qt().withExamples(40_000).forAll(titles()).checkAssert(s -> {
            Matcher m = TargetTableReader.YEAR.matcher(s);
            assertThat(TargetTableReader.year(s)).as(s).isEqualTo(m.find() ? Integer.parseInt(m.group(1)) : -1);
        });
    }

    @Test
    void examples() {
        assertThat(TargetTableReader.year("(2026 年)")).isEqualTo(2026);
        assertThat(TargetTableReader.year("12026年")).isEqualTo(2026);
        assertThat(TargetTableReader.year("2026年项目支出绩效目标表")).isEqualTo(2026);
        assertThat(TargetTableReader.year("2126 年")).isEqualTo(-1);
        assertThat(TargetTableReader.year("项目支出绩效目标表")).isEqualTo(-1);
    }
}
