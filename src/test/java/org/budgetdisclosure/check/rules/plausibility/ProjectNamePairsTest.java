package org.budgetdisclosure.check.rules.plausibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ProjectNameMatchesContent#noPairIn} tells what looking up the name's key pairs in the joined
 * texts told: names and texts from a few characters, so that pairs occur, straddle the join, or not.
 */
class ProjectNamePairsTest {

    private static final String CHARS = "化债电子政务维护健康检测资金经费项目工作2026年度 a,（）";

    private static String text(Random r, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            b.append(CHARS.charAt(r.nextInt(CHARS.length())));
        }
        return b.toString();
    }

    @Test
    void asTheKeyPairsInTheJoinedTexts() {
        qt().withExamples(20000).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String name = text(r, 8);
            String basis = text(r, 6);
            String allocation = text(r, 6);
            assertThat(ProjectNameMatchesContent.noPairIn(ProjectNameMatchesContent.specificWords(name), basis, allocation))
                    .as("“%s” in “%s” + “%s”", name, basis, allocation)
                    .isEqualTo(ProjectNameMatchesContent.noneIn(ProjectNameMatchesContent.keyPairs(name), basis + allocation));
        });
    }

    @Test
    void aPairAcrossTheJoinCounts() {
        assertThat(ProjectNameMatchesContent.noPairIn("化债", "……化", "债务")).isFalse();
        assertThat(ProjectNameMatchesContent.noPairIn("化债", "……化", "务债")).isTrue();
    }
}
