package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** {@link GlossaryReader#definition(String, int)} cuts out what the pattern and strip left of the text's tail. */
class GlossaryDefinitionTest {

    private static final String[] TOKENS = {":", "：", " ", "  ", "\t", "\n", "\u3000", "\u00a0", "财政拨款", "指", "a", "1", "。"};

    @Test
    void aDefinitionFromAPositionIsThatOfTheTextsTail() {
        qt().withExamples(20_000).forAll(TokenTexts.joined(TOKENS, 10), integers().between(0, 40)).checkAssert((s, at) -> {
            int from = Math.min(at, s.length());
            String tail = s.substring(from);
            assertThat(GlossaryReader.definition(s, from)).as("%s from %d", s, from)
                    .isEqualTo(GlossaryReader.LEADING_COLON.matcher(tail).replaceFirst("").strip())
                    .isEqualTo(GlossaryReader.definition(tail));
        });
    }
}
