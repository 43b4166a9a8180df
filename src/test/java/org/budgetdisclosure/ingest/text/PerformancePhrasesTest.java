package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.model.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link PerformanceSummaryReader} matches its phrases by hand; its patterns remain the specification.
 * Over texts built from the words, counts, amounts and marks of the summary sentence, each hand matcher
 * must find what the pattern's {@code find()} finds: the same start, count, amount and amount start.
 */
class PerformancePhrasesTest {

    private static final String[] TOKENS = {"整体", "预算", "绩效目标", "整体预算绩效目标", "整体绩效目标", "项目", "共", "总数", "总数为", "为",
        "合计", "个", "非", "财政拨款项目", "非财政拨款项目", "财政拨款", "涉及预算金额", " ", "  ", "\t", "\n", "1", "3", "12", "0",
        "1,229.69", "160.52", "0.00", "5.5", "1.234", "12,34", ".", ",", "万元", "万", "元", "；", ";", "。", "，", "、", "其中：",
        "当年预算安排项目共 3 个", "整体预算绩效目标 1 个", "涉及预算金额 1,229.69 万元"};

    private static Gen<String> texts() {
        return TokenTexts.joined(TOKENS, 14);
    }

    private static final int EXAMPLES = 30_000;

    @Test
    void departmentTargetsAsThePatternFindsThem() {
        sameAs(PerformanceSummaryReader.DEPARTMENT, PerformanceSummaryReader::department, 1, 2);
    }

    @Test
    void projectCountsAsThePatternFindsThem() {
        sameAs(PerformanceSummaryReader.PROJECTS, PerformanceSummaryReader::projects, 1, 0);
    }

    @Test
    void fiscalProjectsAsThePatternFindsThem() {
        sameAs(PerformanceSummaryReader.FISCAL, PerformanceSummaryReader::fiscal, 0, 1);
    }

    @Test
    void nonFiscalProjectsAsThePatternFindsThem() {
        sameAs(PerformanceSummaryReader.NON_FISCAL, PerformanceSummaryReader::nonFiscal, 0, 1);
    }

    @Test
    void theSampleSentence() {
        String s = "2026 年，本部门预算绩效管理整体预算绩效目标 1 个，涉及预算金额 1,229.69 万元；当年预算安排项目共 3 个，其中："
                + "财政拨款项目涉及预算金额 160.52 万元；非财政拨款项目涉及预算金额 0.00 万元。";
        assertThat(PerformanceSummaryReader.department(s).amount()).isEqualTo(Money.of("1229.69"));
        assertThat(PerformanceSummaryReader.department(s).count()).isEqualTo("1");
        assertThat(PerformanceSummaryReader.projects(s).count()).isEqualTo("3");
        assertThat(PerformanceSummaryReader.fiscal(s).amount()).isEqualTo(Money.of("160.52"));
        assertThat(PerformanceSummaryReader.nonFiscal(s).amount()).isEqualTo(Money.of("0.00"));
    }

    /** The pattern's count group ({@code countGroup}, 0 for none) and amount group (0 for none) against the hand matcher's. */
    private static void sameAs(Pattern p, Function<String, PerformanceSummaryReader.Found> hand, int countGroup, int amountGroup) {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            Matcher m = p.matcher(s);
            List<Object> expected = null;
            if (m.find()) {
                String amount = amountGroup == 0 ? null : m.group(amountGroup);
                expected = Arrays.asList(m.start(), countGroup == 0 ? null : m.group(countGroup),
                        amount == null ? null : Money.of(amount), amount == null ? -1 : m.start(amountGroup));
            }
            PerformanceSummaryReader.Found f = hand.apply(s);
            List<Object> found = f == null ? null : Arrays.asList(f.start(), f.count(), f.amount(), f.amountStart());
            assertThat(found).as(s).isEqualTo(expected);
        });
    }
}
