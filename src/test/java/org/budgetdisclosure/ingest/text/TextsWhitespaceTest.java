package org.budgetdisclosure.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Texts#isWhitespace} is {@link Character#isWhitespace} for every char. */
class TextsWhitespaceTest {

    @Test
    void answersAsTheJdkForEveryChar() {
        int spaces = 0;
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isWhitespace(c), Texts.isWhitespace(c), () -> "U+" + Integer.toHexString(c));
            if (Texts.isWhitespace(c)) {
                spaces++;
            }
        }
        assertEquals(25, spaces); // the JDK's count, so a test that passes for every char also names them all
    }
}
