package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The part 3 phrases are matched by hand for speed; their patterns remain the specification. Over texts
 * built from the words, numbers and marks the phrases are made of, each hand matcher must find exactly
 * what the pattern's {@code find()} (or {@code lookingAt()}) finds: the same offsets and the same groups.
 */
class PhraseMatchersTest {

    private static final String[] TOKENS = {"比", "较", "与", "同比", "同", "上年", "上一年", "上年度", "2025年", "2025", "20251", "年",
        "度", "预算", "数", "相比", "增加", "减少", "增长", "下降", "增幅", "降幅", "增", "降", "下", "了", "为", " ", "  ", "\t",
        "1", "12", "123", "1,234", "12,34", "5.5", "0.25", "1.234", "7.", ".", ",", "，", "万元", "万", "元", "%", "％", "占", "基本",
        "持平", "；", "。", "、", "主要", "原因", "是", "系", "由于", "因为", "用于", "：", ":", "金额", "数额", "预算数", "预算额", "的",
        "达", "其中", "收入", "一般公共预算", "（", "）", "a", "\u0085",
        // whole phrases and their pieces, so that the texts hold matches and near misses alike
        "比上年增加", "较2025年度预算数相比减少了", "与上一年", "同比下降", "增长 8.47%", "增幅为12.5％", "占 12.5%", "占比为",
        "基本持平", "1,229.70 万元", "5.00万元", "：2026年预算数为", "2026 年度的预算金额为：", "主要原因是", "原因系", "主要是由于",
        "主要用于：", "用于", "包括", "包括：", "等", "一、", "十二．", "二十三四、", "关于", "其中：", "1. ", "12、", "．", "（一）", "(3) ", "（二十）", "(", ")", "（12）", "（1二）", "123.", "十．", "单位", "单位：万元", "金额单位:", "编制部门", "编制单位：",
        "昌吉市人民政府办公室", "\n"};

    private static Gen<String> texts() {
        return TokenTexts.joined(TOKENS, 16);
    }

    private static final int EXAMPLES = 30_000;

    @Test
    void changeAmountsAsThePatternFindsThem() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            Matcher m = FactExtractor.CHANGE_AMOUNT.matcher(s);
            FactExtractor.Found f = FactExtractor.changeAmount(s);
            assertThat(describe(f)).as(s).isEqualTo(m.find() ? List.of(m.start(), m.end(), m.group(1), m.group(2)) : null);
        });
    }

    @Test
    void changePercentagesAsThePatternFindsThem() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            Matcher m = FactExtractor.CHANGE_PERCENT.matcher(s);
            FactExtractor.Found f = FactExtractor.changePercent(s);
            assertThat(describe(f)).as(s).isEqualTo(m.find() ? List.of(m.start(), m.end(), m.group(1), m.group(2)) : null);
        });
    }

    @Test
    void sharesAsThePatternFindsThem() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            Matcher m = FactExtractor.SHARE.matcher(s);
            FactExtractor.Found f = FactExtractor.share(s);
            List<Object> found = f == null ? null : List.of(f.start(), f.end(), f.number());
            assertThat(found).as(s).isEqualTo(m.find() ? List.of(m.start(), m.end(), m.group(1)) : null);
        });
    }

    @Test
    void flatWhereThePatternFindsIt() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            Matcher m = FactExtractor.FLAT.matcher(s);
            assertThat(FactExtractor.flatStart(s)).as(s).isEqualTo(m.find() ? m.start() : -1);
        });
    }

    @Test
    void amountsInWanAsThePatternFindsThem() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            List<List<Object>> expected = new ArrayList<>();
            Matcher m = ProseText.AMOUNT_WAN.matcher(s);
            while (m.find()) {
                expected.add(List.of(m.start(), m.end(), m.group(1)));
            }
            List<List<Object>> actual = new ArrayList<>();
            for (ProseText.AmountWan a = ProseText.nextAmountWan(s, 0); a != null; a = ProseText.nextAmountWan(s, a.end())) {
                actual.add(List.of(a.start(), a.end(), a.number(s)));
            }
            assertThat(actual).as(s).isEqualTo(expected);
        });
    }

    @Test
    void tailNoiseAndYearLeadAsThePatternsFindThem() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            Matcher tail = FactExtractor.TAIL_NOISE.matcher(s);
            String expected = tail.find() ? s.substring(0, tail.start()) + s.substring(tail.end()) : s;
            assertThat(FactExtractor.withoutTailNoise(s)).as(s).isEqualTo(expected);
            Matcher year = FactExtractor.YEAR_LEAD.matcher(s);
            assertThat(FactExtractor.yearLeadEnd(s)).as(s).isEqualTo(year.find() ? year.end() : -1);
        });
    }

    @Test
    void leadNoiseAsThePatternTakesItOff() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s ->
                assertThat(s.substring(FactExtractor.leadNoiseEnd(s))).as(s).isEqualTo(FactExtractor.LEAD_NOISE.matcher(s).replaceFirst("")));
    }

    @Test
    void listPhrasesAsThePatternsReadThem() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            Matcher includes = ListReader.INCLUDES.matcher(s);
            assertThat(ListReader.includes(s)).as(s).isEqualTo(includes.find() ? includes.start() : -1);
            assertThat(ListReader.withoutAmounts(s)).as(s).isEqualTo(ListReader.AMOUNT_AND_COMMA.matcher(s).replaceAll(""));
            assertThat(ListReader.withoutEtc(s)).as(s).isEqualTo(ListReader.ETC_END.matcher(s).replaceFirst(""));
        });
    }

    @Test
    void sectionHeadingsAsThePatternReadsThem() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            Matcher m = SectionSplitter.HEADING.matcher(s);
            SectionSplitter.Heading h = SectionSplitter.Heading.read(s);
            assertThat(h).as(s).isEqualTo(m.matches() ? new SectionSplitter.Heading(m.group(1), m.group(2)) : null);
        });
    }

    @Test
    void itemNumberingAsThePatternTakesItOff() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s ->
                assertThat(s.substring(TableLabels.numberingEnd(s))).as(s).isEqualTo(TableLabels.NUMBERING.matcher(s).replaceFirst("")));
    }

    @Test
    void preparedByAndUnitLinesAsThePatternsReadThem() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(t -> {
            String s = "编制部门：" + t;
            Matcher m = TableReader.PREPARED_BY.matcher(s);
            assertThat(TableReader.preparedBy(s)).as(s).isEqualTo(m.matches() ? new String[] {m.group(1), m.group(2)} : null);
            Matcher any = TableReader.PREPARED_BY.matcher(t);
            assertThat(TableReader.preparedBy(t)).as(t).isEqualTo(any.matches() ? new String[] {any.group(1), any.group(2)} : null);
            Matcher u = TableReader.UNIT.matcher(t);
            assertThat(TableReader.unit(t)).as(t).isEqualTo(u.matches() ? u.group(1) : null);
        });
    }

    @Test
    void reasonsAndPurposesAsThePatternsReadThem() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            assertThat(FactExtractor.reasonEnd(s)).as(s).isEqualTo(lookingAt(FactExtractor.REASON, s));
            assertThat(FactExtractor.purposeEnd(s)).as(s).isEqualTo(lookingAt(FactExtractor.PURPOSE, s));
        });
    }

    @Test
    void theGeneratedTextsHoldThePhrases() {
        // a generator that never produced a match would make the tests above pass vacuously
        int[] hits = new int[4];
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            hits[0] += FactExtractor.CHANGE_AMOUNT.matcher(s).find() ? 1 : 0;
            hits[1] += FactExtractor.CHANGE_PERCENT.matcher(s).find() ? 1 : 0;
            hits[2] += FactExtractor.SHARE.matcher(s).find() ? 1 : 0;
            hits[3] += FactExtractor.TAIL_NOISE.matcher(s).find() && !FactExtractor.withoutTailNoise(s).equals(s) ? 1 : 0;
        });
        assertThat(java.util.Arrays.stream(hits).boxed().toList()).as("matches per phrase in %d texts", EXAMPLES)
                .allMatch(h -> h > 100);
    }

    private static int lookingAt(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.lookingAt() ? m.end() : -1;
    }

    private static List<Object> describe(FactExtractor.Found f) {
        return f == null ? null : List.of(f.start(), f.end(), f.word(), f.number());
    }
}
