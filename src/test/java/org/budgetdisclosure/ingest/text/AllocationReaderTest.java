package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.budgetdisclosure.model.AllocationPart;
import org.budgetdisclosure.model.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AllocationReaderTest {

    @Test
    void readsPartsNamedBeforeTheirAmounts() {
        AllocationReader.Allocation a = AllocationReader.read("电子政务运行维护83万元，无纸办公系统4.74万元。");

        assertThat(a.statedTotal()).isNull();
        assertThat(a.parts()).containsExactly(new AllocationPart("电子政务运行维护", Money.of("83")),
                new AllocationPart("无纸办公系统", Money.of("4.74")));
    }

    @Test
    void readsTheStatedTotalNumberedPartsAndAnAmountNamedOnlyByItsUse() {
        AllocationReader.Allocation a = AllocationReader.read(ProseText.clean("本项目资金共计50万元，主要用于以下几个方面：1.互联网费用：4.8万元用于支付互联网费用。"
                + "2.慰问费用：10万元用于慰问基层干部，共计10次。3. 外出培训考察费用：20 万元用于外出考察。4. 外事经费：15.2 万元用于外事服务。"
                + "具体包括更新指示牌 10 块。5 万元用于干部职工健康体检。"));

        assertThat(a.statedTotal()).isEqualTo(Money.of("50"));
        assertThat(a.parts()).extracting(AllocationPart::label)
                .containsExactly("互联网费用", "慰问费用", "外出培训考察费用", "外事经费", "干部职工健康体检");
        assertThat(a.parts()).extracting(AllocationPart::amount)
                .containsExactly(Money.of("4.80"), Money.of("10.00"), Money.of("20.00"), Money.of("15.20"), Money.of("5.00"));
    }

    @Test
    void amountsInYuanAreNotParts() {
        assertThat(AllocationReader.read("参加健康体检80人次，人均年度健康检测成625元。").parts()).isEmpty();
    }

    @Test
    void thresholdsAndChangesAreNotParts() {
        assertThat(AllocationReader.read("购置单价50万元以上设备0台，较上年增加5万元，设备费3万元。").parts())
                .containsExactly(new AllocationPart("设备费", Money.of("3")));
    }

    private static final String[] TOKENS = {"共计", "合计", "总计", "总额", "总额为", "共", "计", "额", "为", "约", "增加", "减少了", "增长", "下降",
        "节约", "超出", "了", "以上", "以下", "以内", "及以上", "主要", "用于", "主要用于", "其中", "其中：", "1.", "12、", "123.", "2．", "(1)",
        "（12）", "(123)", "：", ":", "。", "；", "，", ",", "！", " ", "\t", "\n", "\r\n", "\u0085", "\u2028", "\u3000", "5", "4.8", "1,229.70",
        "83", "万元", "元", "互联网费用", "设备", "a"};

    private static Gen<String> texts() {
        return TokenTexts.joined(TOKENS, 18);
    }

    @Test
    void readsAsThePatternsRead() {
        qt().withExamples(60_000).forAll(texts()).checkAssert(s -> {
            AllocationReader.Allocation expected = AsBefore.read(s);
            AllocationReader.Allocation a = AllocationReader.read(s);
            assertThat(a.statedTotal()).as(s).isEqualTo(expected.statedTotal());
            assertThat(a.parts()).as(s).isEqualTo(expected.parts());
        });
    }

    @Test
    void numberingIsWhatThePatternTakesOff() {
        Pattern numbering = Pattern.compile("^(?:\\d{1,2}\\s*[.、．](?!\\d)|[（(]\\d{1,2}[)）]|其中[：:]?)");
        qt().withExamples(30_000).forAll(texts()).checkAssert(s -> {
            Matcher m = numbering.matcher(s);
            assertThat(AllocationReader.numberingLength(s)).as(s).isEqualTo(m.find() ? m.end() : 0);
        });
    }

    /** The reader as it was written with patterns: the specification of the hand-written matching. */
    private static final class AsBefore {
        private static final Pattern TOTAL_WORD = Pattern.compile("(?:共计|合计|总计|总额为?|共)\\s*$");
        private static final Pattern CHANGE_WORD = Pattern.compile("(?:增加|减少|增长|下降|节约|超出)了?\\s*$");
        private static final Pattern THRESHOLD_AFTER = Pattern.compile("^\\s*(?:以上|以下|以内|及以上)");
        private static final Pattern USED_FOR = Pattern.compile("^\\s*(?:主要)?用于([^，,。；;：:]+)");
        private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,2}\\s*[.、．](?!\\d)|[（(]\\d{1,2}[)）]|其中[：:]?)\\s*");
        private static final Pattern COLON_END = Pattern.compile("[：:]$");
        private static final Pattern LINKING_WORD_END = Pattern.compile("(?:为|计|约|共)$");
        private static final String CLAUSE_MARKS = "。；;，,！？!?";

        static AllocationReader.Allocation read(String text) {
            Money total = null;
            List<AllocationPart> parts = new ArrayList<>();
            if (text == null) {
                return new AllocationReader.Allocation(null, parts);
            }
            for (ProseText.AmountWan m = ProseText.nextAmountWan(text, 0); m != null; m = ProseText.nextAmountWan(text, m.end())) {
                String before = clauseBefore(text, m.start());
                String after = text.substring(m.end());
                Money amount = Money.of(m.number(text));
                if (TOTAL_WORD.matcher(before).find()) {
                    if (total == null) {
                        total = amount;
                    }
                    continue;
                }
                if (CHANGE_WORD.matcher(before).find() || THRESHOLD_AFTER.matcher(after).find()) {
                    continue;
                }
                parts.add(new AllocationPart(label(before, after), amount));
            }
            return new AllocationReader.Allocation(total, parts);
        }

        /** The text from the last clause mark before {@code at} up to it. */
        private static String clauseBefore(String text, int at) {
            int from = at;
            while (from > 0 && CLAUSE_MARKS.indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            return text.substring(from, at);
        }

        private static String label(String before, String after) {
            // “主要用于以下几个方面：1.互联网费用：” → 互联网费用: the words after the last colon but one
            String b = COLON_END.matcher(before.strip()).replaceFirst("");
            int colon = Math.max(b.lastIndexOf('：'), b.lastIndexOf(':'));
            if (colon >= 0) {
                b = b.substring(colon + 1);
            }
            b = NUMBERING.matcher(b.strip()).replaceFirst("").strip();
            b = LINKING_WORD_END.matcher(b).replaceFirst("").strip();
            if (!b.isEmpty()) {
                return b;
            }
            Matcher u = USED_FOR.matcher(after);
            return u.find() ? u.group(1).strip() : "";
        }
    }
}
