package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Random;
import java.util.regex.Pattern;
import org.budgetdisclosure.RandomTexts;
import org.junit.jupiter.api.Test;

/** The hand-written edits of {@link ProseNames} do what the regexes they replaced did. */
class ProseNamesEditsTest {

    private static final Pattern SUB_ITEM = Pattern.compile("^(?:其中[：:])");
    private static final Pattern NUMBERING = Pattern.compile("^\\d{1,2}[.、．]");
    private static final Pattern TRAILING_DENG = Pattern.compile("等$");

    /** Pieces that make each regex match, nearly match, or not. */
    private static final String[] PIECES = {"其中", "：", ":", "1", "23", "０", ".", "、", "．", "等", "\n", "\r", "\r\n", "\u0085",
        "\u2028", "\u2029", " ", "a", "支出", "（类）"};

    private static String text(long seed) {
        Random r = new Random(seed);
        return RandomTexts.of(r, PIECES, r.nextInt(7));
    }

    @Test
    void editsAsTheRegexes() {
        qt().withExamples(20000).forAll(integers().all()).checkAssert(seed -> {
            String t = text(seed);
            assertThat(ProseNames.withoutSubItemMark(t)).as("其中 %s", t).isEqualTo(SUB_ITEM.matcher(t).replaceFirst(""));
            assertThat(ProseNames.withoutNumbering(t)).as("numbering %s", t).isEqualTo(NUMBERING.matcher(t).replaceFirst(""));
            assertThat(ProseNames.withoutTrailingDeng(t)).as("等 %s", t).isEqualTo(TRAILING_DENG.matcher(t).replaceFirst(""));
        });
    }

    private static final Pattern NOT_TEXT = Pattern.compile("[\\s\\p{Punct}，。；：、！？“”‘’（）《》〈〉【】…—]");

    private static final String MARKS = "，。；：、！？“”‘’（）《》〈〉【】…—增加减少年\u3000\u0085";

    @Test
    void textKeyDropsWhatTheRegexDropped() {
        qt().withExamples(20000).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                b.append((char) (r.nextBoolean() ? r.nextInt(128) : MARKS.charAt(r.nextInt(MARKS.length()))));
            }
            String t = b.toString();
            assertThat(ProseNames.textKey(t)).as("textKey %s", t).isEqualTo(NOT_TEXT.matcher(t).replaceAll(""));
        });
    }

    @Test
    void examples() {
        assertThat(ProseNames.key("其中：基本支出")).isEqualTo("基本支出");
        assertThat(ProseNames.key("12、住房保障支出（类）")).isEqualTo("住房保障支出");
        assertThat(ProseNames.key("123.住房")).isEqualTo("123.住房");
        assertThat(ProseNames.key("调资等")).isEqualTo("调资");
        assertThat(ProseNames.withoutTrailingDeng("调资等\r\n")).isEqualTo("调资\r\n");
        assertThat(ProseNames.withoutTrailingDeng("等等")).isEqualTo("等");
    }
}
