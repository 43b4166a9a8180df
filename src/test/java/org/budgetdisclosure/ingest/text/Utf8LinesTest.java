package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.junit.jupiter.api.Test;

/**
 * The reader cuts a UTF-8 file into lines while decoding it ({@link TextDecoder#utf8Lines}), with what
 * each line's reading depends on noted in the same pass. Every line must read as the line cut out of the
 * decoded text and read alone ({@link SourceLine#of(int, String)}) does, and the file must be refused
 * exactly when decoding it is.
 */
class Utf8LinesTest {

    /** Pieces of the sample's lines, the marks the pass notes, line breaks, and bytes it gives up on. */
    private static final String[] PIECES = {"\n", "\r\n", "\r", "\t", "\t\t", " ", "  ", "\u3000", "\u00a0", "\uFEFF", "#", "## ",
        "- ", "-", "<b>", "</b>", "<p>", "**", "*", "<br/>", "< b>", ">", "表 3", "第一部分", "目 录", "201", "1, 229. 70",
        "行政运行", "合计", "a", "\f", "\u0001", "\u0000", "é", "😀"};

    @Test
    void cutsTheSampleAsItsDecodedTextIsCut() throws Exception {
        byte[] b = Samples.sampleBytes();
        assertThat(describe(TextDecoder.utf8Lines("s", b))).isEqualTo(reference(TextDecoder.decode("s", b).text()));
    }

    @Test
    void cutsAnyFileAsItsDecodedTextIsCut() {
        qt().withExamples(10_000).forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 40), integers().between(0, 3))
                .checkAssert((ix, bom) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    if (bom == 1) {
                        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    }
                    ix.forEach(i -> out.writeBytes(PIECES[i].getBytes(StandardCharsets.UTF_8)));
                    byte[] b = out.toByteArray();
                    assertThat(outcome(b)).isEqualTo(expected(b));
                    assertThat(outcomeWithText(b)).isEqualTo(expectedWithText(b));
                });
    }

    /** The pass that keeps the text as well ({@link TextDisclosureReader#readWithText}) cuts the same lines. */
    @Test
    void cutsTheSameLinesWhenItKeepsTheText() throws Exception {
        byte[] b = Samples.sampleBytes();
        assertThat(outcomeWithText(b)).isEqualTo(expectedWithText(b));
    }

    private static String outcomeWithText(byte[] b) {
        try {
            StrictUtf8.Scan scan = TextDecoder.utf8Scan("x", b);
            if (scan == null) {
                return "general";
            }
            return scan.text() + "\n--\n" + String.join("\n", describe(scan.lines()));
        } catch (UnreadableInputException e) {
            return "refused|" + e.getMessage();
        }
    }

    private static String expectedWithText(byte[] b) {
        try {
            if (TextDecoder.utf8Lines("x", b) == null) {
                return "general";
            }
            String text = TextDecoder.decode("x", b).text();
            return text + "\n--\n" + String.join("\n", reference(text));
        } catch (UnreadableInputException e) {
            return "refused|" + e.getMessage();
        }
    }

    private static String outcome(byte[] b) {
        try {
            // as the reader does: the general decoding when the pass gives up
            List<SourceLine> lines = TextDecoder.utf8Lines("x", b);
            if (lines == null) {
                lines = TextDisclosureReader.lines(TextDecoder.decode("x", b).text());
            }
            return String.join("\n", describe(lines));
        } catch (UnreadableInputException e) {
            return "refused|" + e.getMessage();
        }
    }

    /** Refused as decoding refuses; otherwise the decoded text cut line by line. */
    private static String expected(byte[] b) {
        String text;
        try {
            text = TextDecoder.decode("x", b).text();
        } catch (UnreadableInputException e) {
            return "refused|" + e.getMessage();
        }
        return String.join("\n", reference(text));
    }

    private static List<String> reference(String text) {
        String[] raws = text.split("\r\n|\r|\n", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raws.length; i++) {
            out.add(describe(SourceLine.of(i + 1, raws[i])));
        }
        return out;
    }

    private static List<String> describe(List<SourceLine> lines) {
        return lines.stream().map(Utf8LinesTest::describe).toList();
    }

    private static String describe(SourceLine l) {
        return l.number() + "|" + l.raw() + "|" + l.text() + "|" + l.isBlank() + "|" + (int) l.firstChar() + "|" + l.headingLevel() + "|"
                + l.listItem() + "|" + l.bold() + "|" + l.isTabular() + "|" + l.cells() + "|" + l.joined();
    }
}
