package org.budgetdisclosure.check.rules.prose;

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

/** {@link ChangeWording#secondWord} and {@link ChangeWording#pairEnd} find the pairs the regex they replaced found. */
class ChangeWordingPairTest {

    private static final String AMOUNT = "(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2})?";

    /** The regex the rule used, tried by lookingAt at each amount word. */
    static final Pattern PAIR = Pattern.compile(
            "(增加|减少|增长|下降)了?\\s*(" + AMOUNT + ")\\s*万元\\s*[，,、]?\\s*(增长|下降|增加|减少|增幅|降幅)(?:了|为)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");

    private static final String[] PIECES = {"增加", "减少", "增长", "下降", "增幅", "降幅", "了", "为", " ", "\t", "\u3000", "5", "98.28",
        "1,229.70", "1,2290", "12,345,678", ".5", "3.", "0.285", ",", ".", "万元", "万", "元", "，", "、", "%", "％", "的", "原因", "8.69"};

    @Test
    void findsWhatTheRegexFinds() {
        qt().withExamples(50000).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String text = RandomTexts.of(r, PIECES, r.nextInt(16) + 1);
            Matcher m = PAIR.matcher(text).useTransparentBounds(true);
            for (int w = ChangeWording.nextWord(text, 0); w >= 0; w = ChangeWording.nextWord(text, w + 1)) {
                int second = ChangeWording.secondWord(text, w);
                int end = second < 0 ? -1 : ChangeWording.pairEnd(text, second);
                if (m.region(w, text.length()).lookingAt()) {
                    assertThat(end).as("end in %s at %d", text, w).isEqualTo(m.end());
                    assertThat(second).as("second word in %s at %d", text, w).isEqualTo(m.start(3));
                } else {
                    assertThat(end).as("no pair in %s at %d", text, w).isEqualTo(-1);
                }
            }
        });
    }

    /** {@link ChangeWording#nextPair} finds the pairs the walk from word to word found, in order. */
    @Test
    void nextPairFindsWhatTheWalkFinds() {
        qt().withExamples(50000).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String text = RandomTexts.of(r, PIECES, r.nextInt(24) + 1);
            assertThat(pairsByPairs(text)).as("pairs in %s", text).isEqualTo(pairsByWords(text));
        });
    }

    /** The pairs' starts and ends as the rule walked them: from each word, and after a pair from its end. */
    private static List<Integer> pairsByWords(String text) {
        List<Integer> out = new ArrayList<>();
        for (int w = ChangeWording.nextWord(text, 0); w >= 0; ) {
            int second = ChangeWording.secondWord(text, w);
            int end = second < 0 ? -1 : ChangeWording.pairEnd(text, second);
            if (end < 0) {
                w = ChangeWording.nextWord(text, w + 1);
                continue;
            }
            out.add(w);
            out.add(end);
            w = ChangeWording.nextWord(text, end);
        }
        return out;
    }

    private static List<Integer> pairsByPairs(String text) {
        List<Integer> out = new ArrayList<>();
        for (int w = ChangeWording.nextPair(text, 0); w >= 0; ) {
            int end = ChangeWording.pairEnd(text, ChangeWording.secondWord(text, w));
            out.add(w);
            out.add(end);
            w = ChangeWording.nextPair(text, end);
        }
        return out;
    }

    @Test
    void examples() {
        String t = "比上年增加 98.28万元，增长8.69%，主要原因是人员增加。";
        int w = ChangeWording.nextWord(t, 0);
        int second = ChangeWording.secondWord(t, w);
        assertThat(t.substring(second, second + 2)).isEqualTo("增长");
        assertThat(t.substring(w, ChangeWording.pairEnd(t, second))).isEqualTo("增加 98.28万元，增长8.69%");
        assertThat(ChangeWording.secondWord("增加的主要原因", 0)).isEqualTo(-1);
        assertThat(ChangeWording.secondWord("增加 1,2290万元，增长 5%", 0)).isEqualTo(-1);
        assertThat(ChangeWording.nextPair(t, 0)).isEqualTo(w);
        assertThat(ChangeWording.nextPair("增加了 5 万元，下降 3%；减少2万元", 0)).isEqualTo(0);
        assertThat(ChangeWording.nextPair("增加了 5 万元，下降 3%；减少2万元", 1)).isEqualTo(-1);
    }
}
