package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The hand-written phrase matching of project descriptions reads as the patterns it replaced. */
class ProjectPhrasesTest {

    private static final Pattern NAME = Pattern.compile(
            "^(?:[（(][一二三四五六七八九十\\d]+[)）]\\s*|\\d{1,2}\\s*[.、．](?!\\d)\\s*)?项目名称\\s*[：:]\\s*(.+)$");
    private static final Pattern NUMBERING = Pattern.compile("^\\d{1,2}\\s*[.、．](?!\\d)\\s*");
    private static final Pattern POLICY = Pattern.compile("^(?:设立的?政策依据|政策依据|立项依据|设立依据)\\s*[：:]\\s*");
    private static final String[] POLICY_LABELS = {"设立的政策依据", "设立政策依据", "政策依据", "立项依据", "设立依据"};
    private static final Pattern PERIOD = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月(\\d{1,2})日?\\s*[-－—–~～至到]+\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");

    private static final String[] TOKENS = {"（", "(", "）", ")", "一", "十", "3", "12", "123", "2026", "12026", ".", "、", "．",
        "项目名称", "项目", "名称", "：", ":", " ", "\t", "\n", "\r\n", "\u0085", "\u2028", "\u3000", "电子政务", "a",
        "设立的", "设立", "政策依据", "立项依据", "依据", "年", "月", "日", "-", "－", "—", "~", "至", "到", "1", "31", "0"};

    private static Gen<String> texts() {
        return TokenTexts.joined(TOKENS, 16);
    }

    @Test
    void readsTheNameAsThePatternDoes() {
        qt().withExamples(60_000).forAll(texts()).checkAssert(t -> {
            Matcher m = NAME.matcher(t);
            assertThat(ProjectPhrases.name(t)).as(t).isEqualTo(m.matches() ? m.group(1).strip() : null);
        });
    }

    @Test
    void takesOffTheNumberingAsThePatternDoes() {
        qt().withExamples(30_000).forAll(texts()).checkAssert(t -> {
            Matcher m = NUMBERING.matcher(t);
            assertThat(ProjectPhrases.numberingEnd(t)).as(t).isEqualTo(m.lookingAt() ? m.end() : 0);
        });
    }

    @Test
    void findsTheLabelAsThePatternDoes() {
        qt().withExamples(60_000).forAll(texts()).checkAssert(t -> {
            Matcher m = POLICY.matcher(t);
            assertThat(ProjectPhrases.labelEnd(t, 0, POLICY_LABELS)).as(t).isEqualTo(m.lookingAt() ? m.end() : -1);
            int from = ProjectPhrases.numberingEnd(t);
            Matcher after = POLICY.matcher(t.substring(from));
            assertThat(ProjectPhrases.labelEnd(t, from, POLICY_LABELS)).as(t).isEqualTo(after.lookingAt() ? from + after.end() : -1);
        });
    }

    @Test
    void findsThePeriodAsThePatternDoes() {
        qt().withExamples(80_000).forAll(texts()).checkAssert(t -> {
            Matcher m = PERIOD.matcher(t);
            int[] expected = null;
            if (m.find()) {
                expected = new int[12];
                for (int g = 1; g <= 6; g++) {
                    expected[2 * g - 2] = m.start(g);
                    expected[2 * g - 1] = m.end(g);
                }
            }
            assertThat(ProjectPhrases.period(t)).as(t).isEqualTo(expected);
        });
    }

    @Test
    void aPeriodAsDocumentsPrintIt() {
        String t = "2026年1月1日-2026年12月31日";
        assertThat(Arrays.stream(ProjectPhrases.period(t)).boxed().toList()).containsExactly(0, 4, 5, 6, 7, 8, 10, 14, 15, 17, 18, 20);
        assertThat(ProjectPhrases.name("（一）项目名称：电子政务维护费 ")).isEqualTo("电子政务维护费");
        assertThat(ProjectPhrases.name("1. 项目名称： 运行补助经费")).isEqualTo("运行补助经费");
        assertThat(ProjectPhrases.name("项目名称电子政务维护费")).isNull();
    }
}
