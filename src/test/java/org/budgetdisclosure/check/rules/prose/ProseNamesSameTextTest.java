package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ProseNames#sameText} and {@link ProseNames#hasText} tell what comparing the built {@link ProseNames#textKey}s tells. */
class ProseNamesSameTextTest {

    /** Text characters, and spaces and marks textKey drops. */
    private static final String TEXT = "增加减少人员abc12";
    private static final String MARKS = " \t\n，。；：、！？“”‘’（）《》〈〉【】…—,.;:()\u3000";

    private static String text(Random r, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String from = r.nextInt(3) == 0 ? MARKS : TEXT;
            b.append(from.charAt(r.nextInt(from.length())));
        }
        return b.toString();
    }

    /** {@code s} with marks put in and taken out here and there: the same text key, most of the time. */
    private static String remarked(Random r, String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            if (r.nextInt(4) == 0) {
                b.append(MARKS.charAt(r.nextInt(MARKS.length())));
            }
            if (i < s.length() && !(MARKS.indexOf(s.charAt(i)) >= 0 && r.nextBoolean())) {
                b.append(s.charAt(i));
            }
        }
        if (r.nextInt(5) == 0 && b.length() > 0) {
            b.setCharAt(r.nextInt(b.length()), TEXT.charAt(r.nextInt(TEXT.length()))); // now and then a different text
        }
        return b.toString();
    }

    @Test
    void asComparingTheKeys() {
        qt().withExamples(20000).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String a = text(r, r.nextInt(10));
            String b = r.nextInt(4) == 0 ? text(r, r.nextInt(10)) : remarked(r, a);
            assertThat(ProseNames.sameText(a, b)).as("“%s” “%s”", a, b)
                    .isEqualTo(ProseNames.textKey(a).equals(ProseNames.textKey(b)));
            assertThat(ProseNames.hasText(a)).as("“%s”", a).isEqualTo(!ProseNames.textKey(a).isEmpty());
        });
    }

    @Test
    void examples() {
        assertThat(ProseNames.sameText("人员增加。", "人员增加")).isTrue();
        assertThat(ProseNames.sameText("人员 增加", "人员增加，")).isTrue();
        assertThat(ProseNames.sameText("人员增加", "人员减少")).isFalse();
        assertThat(ProseNames.sameText("人员增加", "人员增加等")).isFalse();
        assertThat(ProseNames.hasText("，。 ")).isFalse();
        assertThat(ProseNames.hasText("，增")).isTrue();
    }
}
