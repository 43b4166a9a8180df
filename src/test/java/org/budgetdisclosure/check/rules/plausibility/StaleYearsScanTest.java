package org.budgetdisclosure.check.rules.plausibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.RandomTexts;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans of {@link StaleYears} find what the regular expressions they replaced found:
 * the quotes removed, and each year mention with or without a month.
 */
class StaleYearsScanTest {

    private static final Pattern QUOTED = Pattern.compile("《[^》]*》|〔[^〕]*〕|\\[[^\\]]*\\]");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");
    private static final Pattern BARE_YEAR = Pattern.compile("(\\d{4})\\s*年(?!\\s*\\d{1,2}\\s*月)");

    /** Characters that make and break years, months and quotes. */
    private static final String[] PIECES = {"2", "0", "5", "1", "9", "年", "月", " ", "\t", "\n", ".", "《", "》",
        "〔", "〕", "[", "]", "度", "底", "2025", "2024年", "12月", "截至", "，"};

    @Test
    void removesQuotesAsThePattern() {
        qt().withExamples(5000).forAll(integers().all()).checkAssert(seed -> {
            String text = text(new Random(seed));
            assertThat(StaleYears.withoutQuotes(text)).isEqualTo(QUOTED.matcher(text).replaceAll(""));
        });
    }

    @Test
    void findsTheYearsAndMonthsThePatternsFind() {
        qt().withExamples(5000).forAll(integers().all()).checkAssert(seed -> {
            String text = text(new Random(seed));
            assertThat(found(text, true)).isEqualTo(matches(MONTH, text));
            assertThat(found(text, false)).isEqualTo(matches(BARE_YEAR, text));
        });
    }

    private static final Pattern AS_OF = Pattern.compile("(?:截至|截止|截止到|截止至)\\s*$");

    /** Characters that make and break 截至 and its kin before a year. */
    private static final String[] AS_OF_PIECES = {"截", "至", "止", "到", "截至", "截止", " ", "\t", "\n", "\u3000", "\r", "\u2028", "\u0085", "2", "年", "，"};

    @Test
    void tellsAsOfAsThePattern() {
        qt().withExamples(20000).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String text = RandomTexts.of(r, AS_OF_PIECES, r.nextInt(8) + 1);
            for (int at = 0; at <= text.length(); at++) {
                boolean expected = AS_OF.matcher(text.substring(Math.max(0, at - 4), at)).find();
                assertThat(StaleYears.asOf(text, at)).as("as of before %d in [%s]", at, text).isEqualTo(expected);
            }
        });
    }

    @Test
    void examples() {
        assertThat(found("2025年1月至 2025 年 12 月", true)).containsExactly("0:2025年1月", "9:2025 年 12 月");
        assertThat(found("2025年123月，2024年度，12025年，1.2024年", false)).containsExactly("0:2025年", "10:2024年");
        assertThat(StaleYears.withoutQuotes("按《2024年办法》〔2023〕5号[x")).isEqualTo("按5号[x");
        assertThat(StaleYears.asOf("截至 2025年", 3)).isTrue();
        assertThat(StaleYears.asOf("截止到2025年", 3)).isTrue();
        assertThat(StaleYears.asOf("截止至 2025年", 4)).isTrue();
        assertThat(StaleYears.asOf("截止至  2025年", 5)).isFalse(); // 截 is more than four characters before
        assertThat(StaleYears.asOf("截至，2025年", 3)).isFalse();
        assertThat(StaleYears.asOf("截至    2025年", 7)).isFalse();
    }

    /** start:text of each mention the rule's scan finds, months or bare years. */
    private static List<String> found(String text, boolean months) {
        List<String> out = new ArrayList<>();
        for (int i : StaleYears.candidates(text)) {
            int end = StaleYears.monthEnd(text, i);
            if (months && end >= 0) {
                out.add(i + ":" + text.substring(i, end));
            } else if (!months && end < 0) {
                out.add(i + ":" + text.substring(i, text.indexOf('年', i) + 1));
            }
        }
        return out;
    }

    /** What a scan of every position finds, a year starting after neither a digit nor a dot. */
    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\d.])(?:" + p.pattern() + ")").matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static String text(Random r) {
        return RandomTexts.of(r, PIECES, r.nextInt(30));
    }
}
