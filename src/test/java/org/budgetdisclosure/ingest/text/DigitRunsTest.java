package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DigitRunsTest {

    /** The patterns DigitRuns replaces; it must keep doing exactly what they did. */
    private static final Pattern LEADING_DIGITS = Pattern.compile("^(\\d+)(?:\\s+|$)");
    private static final Pattern CODE_CELL = Pattern.compile("^(\\d{2}|\\d{3}|\\d{5}|\\d{7})(\\s|$)");

    @Test
    void readsCodesAtTheStartOfCells() {
        assertThat(DigitRuns.startsWithCode("201")).isTrue();
        assertThat(DigitRuns.startsWithCode("2010301 行政运行")).isTrue();
        assertThat(DigitRuns.startsWithCode("01 基本工资")).isTrue();
        assertThat(DigitRuns.startsWithCode("2026年")).isFalse();
        assertThat(DigitRuns.startsWithCode("1229.70")).isFalse();
        assertThat(DigitRuns.afterSpaces("201  一般", 3)).isEqualTo(5);
        assertThat(DigitRuns.afterSpaces("201一般", 3)).isEqualTo(-1);
    }

    @Test
    void agreesWithTheCodePatternsOnAnyText() {
        String[] bits = {"0", "1", "2", "3", "01", "201", " ", "\t", "\u3000", "\r", "\n", "\u0085", "\u2028", "行政运行", ".", ","};
        Random r = new Random(5);
        List<String> samples = new ArrayList<>(List.of("", "1", "12", "123", "12345", "1234567", "12\u2028", "12\u2028x", "201\r\n"));
        for (int i = 0; i < 30_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(7); n > 0; n--) {
                b.append(bits[r.nextInt(bits.length)]);
            }
            samples.add(b.toString());
        }
        for (String s : samples) {
            assertThat(DigitRuns.startsWithCode(s)).as(s).isEqualTo(CODE_CELL.matcher(s).find());
            Matcher m = LEADING_DIGITS.matcher(s);
            int digits = DigitRuns.leading(s);
            int end = digits == 0 ? -1 : DigitRuns.afterSpaces(s, digits);
            assertThat(end).as(s).isEqualTo(m.lookingAt() ? m.end() : -1);
            if (end >= 0) {
                assertThat(s.substring(0, digits)).isEqualTo(m.group(1));
            }
        }
    }
}
