package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link Segmenter#tableNumber} reads a “表 3” line by hand as the pattern it replaced did. */
class TableNumberTest {

    private static final String[] PIECES = {"表", "表 ", " ", "\t", "\u000B", "\f", "\r", "\n", "\u3000", "\u00a0", "0", "1", "2", "9",
        "12", "123", "３", "a", "-", "表1", "号", "."};

    @Test
    void readsAsThePattern() {
        qt().withExamples(30_000).forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 6)).checkAssert(ix -> {
            StringBuilder b = new StringBuilder();
            ix.forEach(i -> b.append(PIECES[i]));
            String text = b.toString();
            assertThat(Segmenter.tableNumber(text)).as(text).isEqualTo(byPattern(text));
        });
    }

    @Test
    void readsTheUsualForms() {
        assertThat(Segmenter.tableNumber("表 3")).isEqualTo(3);
        assertThat(Segmenter.tableNumber("表12")).isEqualTo(12);
        assertThat(Segmenter.tableNumber("表 07")).isEqualTo(7);
        assertThat(Segmenter.tableNumber("表 123")).isEqualTo(-1);
        assertThat(Segmenter.tableNumber("表")).isEqualTo(-1);
        assertThat(Segmenter.tableNumber("表 3\n")).isEqualTo(-1);
        assertThat(Segmenter.tableNumber("附表 3")).isEqualTo(-1);
    }

    private static int byPattern(String text) {
        Matcher m = Segmenter.TABLE_NUMBER.matcher(text);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
