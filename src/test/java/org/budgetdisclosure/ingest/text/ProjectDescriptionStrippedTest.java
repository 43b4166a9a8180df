package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The labelled text of a project field is cut with one copy, as {@code substring(from).strip()} cut it with two. */
class ProjectDescriptionStrippedTest {

    /** Whitespace of every kind String.strip knows, and some it does not (no-break spaces). */
    private static final String[] TOKENS = {" ", "\t", "\n", "\r\n", "\u000B", "\u001C", "\u1680", "\u2003", "\u2028", "\u3000",
        "\u00a0", "\u202F", "\uFEFF", "：", "电子政务", "87.74 万元", "a", "依据", "\uD842\uDFB7"};

    private static Gen<String> texts() {
        return TokenTexts.joined(TOKENS, 12);
    }

    @Test
    void stripsAsSubstringThenStrip() {
        qt().withExamples(50_000).forAll(texts(), integers().between(0, 40)).checkAssert((t, at) -> {
            int from = Math.min(at, t.length());
            assertThat(ProjectDescriptionReader.strippedFrom(t, from)).as("%s from %d", t, from).isEqualTo(t.substring(from).strip());
        });
    }
}
