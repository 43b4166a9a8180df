package org.budgetdisclosure.ingest.text;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.quicktheories.core.Gen;

/**
 * Texts for the property tests that hold a hand-written matcher to the regex it replaced: a run of
 * tokens chosen from the matcher's vocabulary, so that the near misses a regex must refuse turn up often.
 */
final class TokenTexts {

    private TokenTexts() {
    }

    /** Up to {@code max} tokens of {@code tokens}, joined. */
    static Gen<String> joined(String[] tokens, int max) {
        return lists().of(integers().between(0, tokens.length - 1)).ofSizeBetween(0, max).map(ix -> {
            StringBuilder b = new StringBuilder();
            ix.forEach(i -> b.append(tokens[i]));
            return b.toString();
        });
    }
}
