package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The part 1 and part 4 readers skip a pattern where a quick test says it cannot match, or do its work
 * by hand; over texts of colons, spaces, line terminators and words they must do what the pattern does.
 */
class ReaderShortcutsTest {

    private static final String[] TOKENS = {":", "：", " ", "  ", "\t", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u3000", "\u00a0",
        "机构设置", "指", "a", "1", "。"};

    private static Gen<String> texts() {
        return TokenTexts.joined(TOKENS, 10);
    }

    @Test
    void aTitleTheColonPatternWouldChangeIsNeverSkipped() {
        qt().withExamples(20_000).forAll(texts()).checkAssert(s ->
                assertThat(OverviewReader.mayEndWithColon(s) || !OverviewReader.COLON_END.matcher(s).find()).as(s).isTrue());
    }

    @Test
    void aDefinitionLosesItsLeadingColonAsThePatternTookItOff() {
        qt().withExamples(20_000).forAll(texts()).checkAssert(s ->
                assertThat(GlossaryReader.definition(s)).as(s).isEqualTo(GlossaryReader.LEADING_COLON.matcher(s).replaceFirst("").strip()));
    }
}
