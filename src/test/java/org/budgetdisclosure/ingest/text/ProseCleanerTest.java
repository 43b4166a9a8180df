package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link ProseCleaner} cleans lines in a reused buffer; over texts of Chinese, digits, number marks and
 * every kind of space it must give what {@link ProseText#clean} gives, and {@link Texts#joinCjk} must
 * give what its earlier, character-by-character form gave.
 */
class ProseCleanerTest {

    private static final String[] TOKENS = {"1", "12", "229", "1234", "70", ",", "，", ".", "．", " ", "  ", "\t", "\n", "\r",
        "\u3000", "\u00a0", "\u2028", "\u000B", "万元", "万", "%", "％", "平方米", "元", "年", "收支", "a", "Bc", "。", "2026", "“",
        "”", "—", "(", "）", "：", "\uFF10"};

    private static Gen<String> texts() {
        return TokenTexts.joined(TOKENS, 20);
    }

    @Test
    void cleansAsProseTextCleans() {
        ProseCleaner cleaner = new ProseCleaner();
        qt().withExamples(50_000).forAll(texts()).checkAssert(s -> assertThat(cleaner.clean(s)).as(s).isEqualTo(ProseText.clean(s)));
        assertThat(cleaner.clean(null)).isEqualTo(ProseText.clean(null));
    }

    @Test
    void aLineLongerThanTheBufferIsCleanedWhole() {
        ProseCleaner cleaner = new ProseCleaner();
        String line = "收支 总预算 1,229.70 万元 ".repeat(100);
        assertThat(cleaner.clean(line)).isEqualTo(ProseText.clean(line));
        assertThat(cleaner.clean("短 句")).isEqualTo("短句");
    }

    @Test
    void aLineCleaningLeavesAsItIsComesBackItself() {
        ProseCleaner cleaner = new ProseCleaner();
        String line = "收支总预算1,229.70万元，a b。";
        assertThat(cleaner.clean(line)).isSameAs(line);
        assertThat(Texts.joinCjk(line)).isSameAs(line);
    }

    @Test
    void joinsAsTheCharacterByCharacterFormJoined() {
        qt().withExamples(50_000).forAll(texts()).checkAssert(s -> assertThat(Texts.joinCjk(s)).as(s).isEqualTo(joinCjkAsBefore(s)));
        assertThat(Texts.joinCjk(null)).isNull();
    }

    /** {@link Texts#joinCjk} as it was written before it joined in place: the specification. */
    private static String joinCjkAsBefore(String s) {
        if (s == null || s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0) {
            return s;
        }
        int n = s.length();
        char[] out = new char[n];
        int length = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\u3000' || c == '\u00a0') {
                int j = i;
                while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\u3000' || s.charAt(j) == '\u00a0')) {
                    j++;
                }
                boolean cjkBefore = length > 0 && Texts.isCjk(out[length - 1]);
                boolean cjkAfter = j < n && Texts.isCjk(s.charAt(j));
                if (!(cjkBefore || cjkAfter) && length > 0 && j < n) {
                    out[length++] = ' ';
                }
                i = j;
            } else {
                out[length++] = c;
                i++;
            }
        }
        return new String(out, 0, length);
    }
}
