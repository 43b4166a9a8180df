package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What {@link ProseNames#textKey} drops, character by character over the whole basic plane, is the regex
 * class it replaced: the test of a character skips the marks' search for CJK ideographs, and must not
 * skip a mark.
 */
class ProseNamesMarksTest {

    private static final Pattern NOT_TEXT = Pattern.compile("[\\s\\p{Punct}，。；：、！？“”‘’（）《》〈〉【】…—]");

    @Test
    void dropsExactlyTheRegexClass() {
        int dropped = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = String.valueOf((char) c);
            boolean drops = ProseNames.textKey(s).isEmpty();
            assertThat(drops).as("U+%04X", c).isEqualTo(NOT_TEXT.matcher(s).matches());
            assertThat(ProseNames.hasText(s)).as("U+%04X", c).isEqualTo(!drops);
            dropped += drops ? 1 : 0;
        }
        assertThat(dropped).isEqualTo(6 + 32 + 21); // \s, ASCII punctuation, the Chinese marks
    }
}
