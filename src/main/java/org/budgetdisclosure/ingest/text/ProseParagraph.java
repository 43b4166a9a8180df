package org.budgetdisclosure.ingest.text;

import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Paragraph;

/**
 * A paragraph of part 3 while it is being read: its cleaned text and, for a paragraph the PDF
 * wrapped over several lines, where in the text each line begins, so that a figure found at any
 * offset can name the file line it was printed on.
 *
 * @param text       the paragraph, {@link ProseText#clean}ed and rejoined
 * @param heading    a sub-heading such as “（一）…” rather than running text
 * @param lineStarts for each source line, the offset in {@code text} where it begins (ascending)
 * @param lines      the file line numbers, parallel to {@code lineStarts}
 */
record ProseParagraph(String text, boolean heading, List<Integer> lineStarts, List<Integer> lines) {

    ProseParagraph {
        lineStarts = List.copyOf(lineStarts);
        lines = List.copyOf(lines);
    }

    /** The line starts of every paragraph of one line: one list for all of them. */
    private static final List<Integer> ONE_LINE = List.of(0);

    /** A paragraph of one line. */
    static ProseParagraph of(String text, boolean heading, int line) {
        return new ProseParagraph(text, heading, ONE_LINE, List.of(line));
    }

    int firstLine() {
        return lines.get(0);
    }

    /** The file line that holds the character at {@code offset}. */
    int lineAt(int offset) {
        int n = lineStarts.size();
        if (n == 1) {
            return lines.get(0); // most paragraphs are one line
        }
        int line = lines.get(0);
        for (int i = 0; i < n && lineStarts.get(i) <= offset; i++) {
            line = lines.get(i);
        }
        return line;
    }

    ProseText.Span whole() {
        return new ProseText.Span(0, text.length());
    }

    Paragraph toModel(ReadContext ctx) {
        return new Paragraph(text, heading, ctx.at(firstLine()));
    }
}
