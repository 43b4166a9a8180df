package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The clause grammar reads a part where it lies in its paragraph, by offsets, rather than on a copy of
 * it. Each matcher on {@code text[from, to)} must find what the same matcher finds on
 * {@code text.substring(from, to)} (which {@link PhraseMatchersTest} holds to the patterns), at the same
 * places shifted by {@code from}, whatever stands around the part: digits, points and commas before it
 * (the amount's look-behind must not see them), words after it.
 */
class PartRangesTest {

    private static final String[] TOKENS = {"比", "较", "上年", "2025年", "2025", "年", "度", "预算", "数", "相比", "增加", "减少",
        "增长", "下降", "增幅", "降幅", "了", "为", " ", "\t", "1", "12", "123", "1,234", "5.5", "0.25", "1.234", "7.", ".", ",",
        "，", "万元", "万", "元", "%", "％", "占", "基本", "持平", "；", "。", "、", "主要", "原因", "是", "系", "由于", "因为", "用于",
        "：", ":", "金额", "预算数", "的", "达", "其中", "（", "）", "(", ")", "（一）", "1. ", "12、", "十．", "一般公共预算",
        "\u0085", "\n", "1,229.70 万元", "比上年增加", "增加 5.00万元", "同比下降12,345 万元", "增长 8.47%", "占 12.5%", "：2026年预算数为", "主要原因是", "主要用于："};

    private static Gen<String> texts(int max) {
        return TokenTexts.joined(TOKENS, max);
    }

    private static final int EXAMPLES = 20_000;

    /** Checks {@code check} on a part with words around it. */
    private interface PartCheck {
        void check(String text, int from, int to, String part);
    }

    private static void forParts(PartCheck check) {
        qt().withExamples(EXAMPLES).forAll(texts(3), texts(12), texts(3)).checkAssert((before, part, after) -> {
            String text = before + part + after;
            check.check(text, before.length(), before.length() + part.length(), part);
        });
    }

    @Test
    void subjectWordsOfAPartAsOfItsCopy() {
        forParts((text, from, to, part) ->
                assertThat(FactExtractor.subjectWords(text, from, to)).as(part).isEqualTo(FactExtractor.subjectWords(part)));
    }

    @Test
    void phrasesOfAPartAsInItsCopy() {
        forParts((text, from, to, part) -> {
            assertThat(shifted(FactExtractor.changeAmount(text, from, to), text, from))
                    .as(part).isEqualTo(describe(FactExtractor.changeAmount(part)));
            assertThat(shifted(FactExtractor.changePercent(text, from, to), text, from))
                    .as(part).isEqualTo(describe(FactExtractor.changePercent(part)));
            assertThat(shifted(FactExtractor.share(text, from, to), text, from))
                    .as(part).isEqualTo(describe(FactExtractor.share(part)));
            int flat = FactExtractor.flatStart(text, from, to);
            assertThat(flat < 0 ? -1 : flat - from).as(part).isEqualTo(FactExtractor.flatStart(part));
            assertThat(shift(FactExtractor.reasonEnd(text, from, to), from)).as(part).isEqualTo(FactExtractor.reasonEnd(part));
            assertThat(shift(FactExtractor.purposeEnd(text, from, to), from)).as(part).isEqualTo(FactExtractor.purposeEnd(part));
        });
    }

    @Test
    void amountsInWanOfAPartAsInItsCopy() {
        forParts((text, from, to, part) -> {
            List<List<Object>> expected = new ArrayList<>();
            for (ProseText.AmountWan a = ProseText.nextAmountWan(part, 0); a != null; a = ProseText.nextAmountWan(part, a.end())) {
                expected.add(List.of(a.start(), a.numberEnd(), a.end(), Money.of(a.number(part))));
            }
            List<List<Object>> actual = new ArrayList<>();
            for (ProseText.AmountWan a = ProseText.nextAmountWan(text, from, from, to); a != null;
                 a = ProseText.nextAmountWan(text, from, a.end(), to)) {
                actual.add(List.of(a.start() - from, a.numberEnd() - from, a.end() - from, ProseText.money(text, a.start(), a.numberEnd())));
            }
            assertThat(actual).as(part).isEqualTo(expected);
        });
    }

    @Test
    void amountsReadFromTheirDigitsAsMoneyReadsThem() {
        qt().withExamples(EXAMPLES).forAll(integers().between(0, 20), integers().between(0, 999_999_999), integers().between(-1, 99))
                .checkAssert((zeros, whole, cents) -> {
                    String grouped = String.format("%,d", whole);
                    for (String number : List.of("0".repeat(zeros) + whole, grouped)) {
                        String printed = cents < 0 ? number : number + "." + (cents < 10 && zeros % 2 == 0 ? cents : String.format("%02d", cents));
                        String text = "约" + printed + "万元";
                        assertThat(ProseText.isAmount(text, 1, 1 + printed.length())).as(printed).isTrue();
                        assertThat(ProseText.money(text, 1, 1 + printed.length())).as(printed).isEqualTo(Money.of(printed));
                    }
                });
    }

    @Test
    void timeOnlyAsThePatternTakesItOff() {
        String[] words = {"本", "今", "当", "2026", "202", "20261", "年", "度", "的", "预算", " ", "\n", "\u0085", "a"};
        qt().withExamples(EXAMPLES).forAll(lists().of(integers().between(0, words.length - 1)).ofSizeBetween(0, 4)).checkAssert(ix -> {
            StringBuilder b = new StringBuilder();
            ix.forEach(i -> b.append(words[i]));
            String t = b.toString();
            assertThat(FactExtractor.isTimeOnly(t)).as(t).isEqualTo(FactExtractor.TIME_ONLY.matcher(t).replaceFirst("").isEmpty());
        });
    }

    @Test
    void theGeneratedPartsHoldThePhrases() {
        // parts without any phrase would make the tests above pass vacuously
        int[] hits = new int[4];
        qt().withExamples(EXAMPLES).forAll(texts(12)).checkAssert(s -> {
            hits[0] += FactExtractor.changeAmount(s) != null ? 1 : 0;
            hits[1] += FactExtractor.share(s) != null ? 1 : 0;
            hits[2] += ProseText.nextAmountWan(s, 0) != null ? 1 : 0;
            hits[3] += !FactExtractor.subjectWords(s).equals(s.strip()) ? 1 : 0;
        });
        assertThat(java.util.Arrays.stream(hits).boxed().toList()).as("parts with each phrase in %d", EXAMPLES).allMatch(h -> h > 100);
    }

    private static int shift(int at, int from) {
        return at < 0 ? -1 : at - from;
    }

    private static List<Object> shifted(FactExtractor.Phrase p, String text, int from) {
        if (p == null) {
            return null;
        }
        FactExtractor.Found f = p.found(text);
        return describe(new FactExtractor.Found(f.start() - from, f.end() - from, f.word(), f.number()));
    }

    private static List<Object> describe(FactExtractor.Found f) {
        return f == null ? null : java.util.Arrays.asList(f.start(), f.end(), f.word(), f.number());
    }
}
