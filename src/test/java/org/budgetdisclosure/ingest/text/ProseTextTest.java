package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class ProseTextTest {

    @Test
    void cleaningClosesUpSpacedNumbersAndLeavesPlainOnesAlone() {
        assertThat(ProseText.clean("收支总预算 1, 229. 70 万元")).isEqualTo("收支总预算1,229.70万元");
        assertThat(ProseText.clean("合计1，229.70万元")).isEqualTo("合计1,229.70万元");
        assertThat(ProseText.clean("1,229.70万元，1. 2026年")).isEqualTo("1,229.70万元，1. 2026年");
    }

    @Test
    void findsEachAmountInWanAsThePatternSearchDoes() {
        String[] bits = {"1", "0", "5", "2026", ".", ",", "，", " ", "万元", "万", "元", "年", "增加", "%", "-", "其中"};
        Random r = new Random(11);
        List<String> samples = new ArrayList<>(List.of("", "1,229.70万元", "比上年增加5.00万元，增长8.47%", "1.5.3万元", ",5万元"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(10); n > 0; n--) {
                b.append(bits[r.nextInt(bits.length)]);
            }
            samples.add(b.toString());
        }
        for (String s : samples) {
            Matcher expected = ProseText.AMOUNT_WAN.matcher(s);
            for (ProseText.AmountWan actual = ProseText.nextAmountWan(s, 0); actual != null; actual = ProseText.nextAmountWan(s, actual.end())) {
                assertThat(expected.find()).as(s).isTrue();
                assertThat(actual.start()).as(s).isEqualTo(expected.start());
                assertThat(actual.end()).as(s).isEqualTo(expected.end());
                assertThat(actual.number(s)).as(s).isEqualTo(expected.group(1));
            }
            assertThat(expected.find()).as(s).isFalse();
        }
    }

    @Test
    void sentenceAndClauseEndsAreTheMarksNamedForThem() {
        for (int i = 0; i <= 0xFFFF; i++) {
            char c = (char) i;
            assertThat(ProseText.isSentenceEnd(c)).as("U+%04X", i).isEqualTo(ProseText.SENTENCE_END.indexOf(c) >= 0);
            assertThat(ProseText.isClauseEnd(c)).as("U+%04X", i).isEqualTo("；;".indexOf(c) >= 0);
        }
    }
}
