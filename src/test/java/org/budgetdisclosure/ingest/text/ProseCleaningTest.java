package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link ProseText#clean} runs its two patterns only where a quick scan finds they could change
 * something; over texts made of digits, marks and spaces it must give what running them always gives.
 */
class ProseCleaningTest {

    private static final String[] TOKENS = {"1", "12", "229", "1234", "70", ",", "，", ".", "．", " ", "  ", "\t", "\u3000", "\u00a0",
        "万元", "万", "%", "％", "平方米", "元", "年", "收支", "a", "。", "2026"};

    private static Gen<String> texts() {
        return TokenTexts.joined(TOKENS, 16);
    }

    @Test
    void cleansAsThePatternsAlwaysRunWould() {
        qt().withExamples(30_000).forAll(texts()).checkAssert(s -> {
            String t = Texts.joinCjk(s.strip());
            t = ProseText.SPACED_GROUP.matcher(t).replaceAll("$1,");
            t = ProseText.SPACED_POINT.matcher(t).replaceAll("$1.");
            assertThat(ProseText.clean(s)).as(s).isEqualTo(t);
        });
    }
}
