package org.budgetdisclosure.ingest.text;

import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Paragraph;

/**
 * A paragraph of part 3 while it is being read: its cleaned text and, for a paragraph the PDF
 * wrapped over several lines, where in the text each line begins, so that a figure found at any
 * offset can name the file line it was printed on.
 *
 * <p>A class of plain ints rather than a record of lists: almost every paragraph is one line, and
 * needs no list of starts, no boxed line number and no copies of either (one of each per paragraph
 * showed in the allocation profile).
 */
final class ProseParagraph {

    /** The paragraph, {@link ProseText#clean}ed and rejoined. */
    private final String text;
    /** A sub-heading such as “（一）…” rather than running text. */
    private final boolean heading;
    private final int firstLine;
    /** For each source line after the first, the offset in {@link #text} where it begins (ascending); null for one line. */
    private final int[] starts;
    /** The file line numbers, parallel to {@link #starts}; null for one line. */
    private final int[] lines;

    private ProseParagraph(String text, boolean heading, int firstLine, int[] starts, int[] lines) {
        this.text = text;
        this.heading = heading;
        this.firstLine = firstLine;
        this.starts = starts;
        this.lines = lines;
    }

    /**
     * A paragraph of one or more lines.
     *
     * @param lineStarts for each source line, the offset in {@code text} where it begins (ascending, the first 0)
     * @param lines      the file line numbers, parallel to {@code lineStarts}
     */
    ProseParagraph(String text, boolean heading, List<Integer> lineStarts, List<Integer> lines) {
        this(text, heading, lines.get(0), rest(lineStarts), rest(lines));
    }

    /** A paragraph of one line. */
    static ProseParagraph of(String text, boolean heading, int line) {
        return new ProseParagraph(text, heading, line, null, null);
    }

    /**
     * A paragraph of several lines: {@code lineCount} of them, the first at offset 0 on {@code firstLine};
     * {@code starts} and {@code lines} hold the others from index 1 on (index 0 is not read) and are
     * copied.
     */
    static ProseParagraph of(String text, boolean heading, int firstLine, int lineCount, int[] starts, int[] lines) {
        if (lineCount == 1) {
            return of(text, heading, firstLine);
        }
        int[] s = new int[lineCount - 1];
        int[] l = new int[lineCount - 1];
        System.arraycopy(starts, 1, s, 0, lineCount - 1);
        System.arraycopy(lines, 1, l, 0, lineCount - 1);
        return new ProseParagraph(text, heading, firstLine, s, l);
    }

    private static int[] rest(List<Integer> values) {
        if (values.size() == 1) {
            return null;
        }
        int[] out = new int[values.size() - 1];
        for (int i = 1; i < values.size(); i++) {
            out[i - 1] = values.get(i);
        }
        return out;
    }

    String text() {
        return text;
    }

    boolean heading() {
        return heading;
    }

    int firstLine() {
        return firstLine;
    }

    /** The file line that holds the character at {@code offset}. */
    int lineAt(int offset) {
        int line = firstLine;
        if (starts != null) {
            for (int i = 0; i < starts.length && starts[i] <= offset; i++) {
                line = lines[i];
            }
        }
        return line;
    }

    ProseText.Span whole() {
        return new ProseText.Span(0, text.length());
    }

    Paragraph toModel(ReadContext ctx) {
        return new Paragraph(text, heading, ctx.at(firstLine));
    }

    @Override
    public String toString() {
        return text;
    }
}
