package org.budgetdisclosure;

import java.util.Random;

/**
 * Texts made of pieces drawn at random, for the property tests that hold a hand-written scan to the
 * pattern or library call it replaced: pieces chosen to make and break what the scan looks for reach
 * its edge cases far more often than random characters would.
 */
public final class RandomTexts {

    private RandomTexts() {
    }

    /** {@code count} pieces drawn from {@code pieces} with {@code r}, joined. */
    public static String of(Random r, String[] pieces, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(pieces[r.nextInt(pieces.length)]);
        }
        return b.toString();
    }
}
