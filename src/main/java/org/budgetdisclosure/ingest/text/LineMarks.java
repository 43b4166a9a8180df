package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each line of a decoded text ends and what the line holds that its reading depends on, noted by
 * {@link StrictUtf8} in the pass that decodes the bytes anyway, so that neither the cutting into lines
 * nor {@link SourceLine} has to look at every character again. (Text given as a String is cut by
 * {@link TextDisclosureReader#lines}, whose searches with indexOf cost about what one more pass over the
 * characters to mark them would.)
 *
 * <p>A line's marks are one int: the flags below, and the number of tabs counted in units of {@link #TAB}.
 */
final class LineMarks {

    /** The line holds a '<' or a '*', where markup may start. */
    static final int MARKUP = 1;
    /** The line holds a no-break space. */
    static final int NBSP = 2;
    /** The line holds two spaces in a row. */
    static final int SPACES = 4;
    /** One tab; the marks' bits from here up count them. */
    static final int TAB = 8;

    private int[] ends = new int[64];
    private int[] marks = new int[64];
    private int count;

    /** A line ends at {@code at} (where its CR or LF stands), with {@code lineMarks}. */
    void end(int at, int lineMarks) {
        if (count == ends.length) {
            ends = java.util.Arrays.copyOf(ends, count * 2);
            marks = java.util.Arrays.copyOf(marks, count * 2);
        }
        ends[count] = at;
        marks[count] = lineMarks;
        count++;
    }

    /**
     * The lines of {@code chars[0, length)}, numbered from 1: those ended by {@link #end}, then the last
     * one, which runs to the end of the text and holds {@code lastMarks}. A line break is CR LF, CR or LF.
     */
    List<SourceLine> lines(char[] chars, int length, int lastMarks) {
        List<SourceLine> out = new ArrayList<>(count + 1);
        int from = 0;
        for (int k = 0; k < count; k++) {
            int end = ends[k];
            out.add(line(k + 1, chars, from, end, marks[k]));
            from = end + (chars[end] == '\r' && end + 1 < length && chars[end + 1] == '\n' ? 2 : 1);
        }
        out.add(line(count + 1, chars, from, length, lastMarks));
        return out;
    }

    private static SourceLine line(int number, char[] chars, int from, int to, int m) {
        String raw = from == to ? "" : new String(chars, from, to - from);
        return SourceLine.of(number, raw, m / TAB, (m & MARKUP) != 0, (m & NBSP) != 0, (m & SPACES) != 0);
    }
}
