package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link ChangeWording#digitFollows} turns away only words where the pair pattern cannot match. */
class ChangeWordingPrefilterTest {

    private static final String[] PIECES = {"增加", "减少", "增长", "下降", "了", " ", "\t", "\u3000", "5", "98.28", "1,229.70",
        "万元", "，", "、", "%", "％", "为", "的", "增幅", "原因"};

    @Test
    void neverTurnsAwayAPair() {
        qt().withExamples(5000).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(14); i >= 0; i--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            Matcher m = ChangeWording.PAIR.matcher(text).useTransparentBounds(true);
            for (int w = ChangeWording.nextWord(text, 0); w >= 0; w = ChangeWording.nextWord(text, w + 1)) {
                if (m.region(w, text.length()).lookingAt()) {
                    assertThat(ChangeWording.digitFollows(text, w + 2)).as(text + " at " + w).isTrue();
                }
            }
        });
    }

    @Test
    void examples() {
        assertThat(ChangeWording.digitFollows("增加了 98.28万元", 2)).isTrue();
        assertThat(ChangeWording.digitFollows("增加的主要原因", 2)).isFalse();
        assertThat(ChangeWording.digitFollows("增加", 2)).isFalse();
    }
}
