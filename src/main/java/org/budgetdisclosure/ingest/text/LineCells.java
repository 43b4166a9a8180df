package org.budgetdisclosure.ingest.text;

import java.util.Arrays;
import java.util.List;

/**
 * The cells of one table line as ranges of its text, cut again for each line by one reader (one table,
 * on one thread). Cell k is {@code text(k).substring(from(k), to(k))}, exactly what
 * {@link SourceLine#cell} gives, but no string is made for it unless asked for ({@link #cell}): a table
 * reader reads the amounts straight from the ranges, and cutting every cell of every row into a string
 * of its own was a fifth of what reading a document allocated.
 *
 * <p>A line whose cells need cleaning (see {@link SourceLine#cutRanges}) is read through
 * {@link SourceLine#cells()}: each cell is then its own text, from 0 to its length.
 */
final class LineCells {

    private int[] from = new int[8];
    private int[] to = new int[8];
    /** The text of every cell of a line cut into ranges; null when the cells are {@link #cleaned}. */
    private String body;
    private List<String> cleaned;
    private int count;

    /** Cuts the cells of {@code line}, forgetting the last line's. */
    LineCells cut(SourceLine line) {
        int width = line.width();
        if (from.length < width) {
            from = Arrays.copyOf(from, Math.max(width, 2 * from.length));
            to = Arrays.copyOf(to, from.length);
        }
        int n = line.cutRanges(from, to);
        if (n >= 0) {
            body = line.body();
            cleaned = null;
            count = n;
        } else {
            cleaned = line.cells();
            body = null;
            count = cleaned.size();
            for (int k = 0; k < count; k++) {
                from[k] = 0;
                to[k] = cleaned.get(k).length();
            }
        }
        return this;
    }

    /** How many cells were cut; every cell past them is empty. */
    int count() {
        return count;
    }

    /** The text cell {@code k} is a range of; {@code k} below {@link #count}. */
    String text(int k) {
        return body != null ? body : cleaned.get(k);
    }

    int from(int k) {
        return from[k];
    }

    int to(int k) {
        return to[k];
    }

    /** True when cell {@code k} is empty (or past the last). */
    boolean isEmpty(int k) {
        return k >= count || from[k] == to[k];
    }

    /** Cell {@code k} as a string, "" past the last: {@link SourceLine#cell}. */
    String cell(int k) {
        return k >= count ? "" : text(k).substring(from[k], to[k]);
    }

    /**
     * {@link DigitRuns#startsWithCode} of cell {@code k}, read in place: 2, 3, 5 or 7 digits followed by
     * a space, the cell's end, or a last line terminator.
     */
    boolean startsWithCode(int k) {
        if (k >= count) {
            return false;
        }
        String s = text(k);
        int f = from[k];
        int t = to[k];
        int i = f;
        while (i < t && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        int n = i - f;
        if (n != 2 && n != 3 && n != 5 && n != 7) {
            return false;
        }
        if (i == t) {
            return true;
        }
        char c = s.charAt(i);
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || i == t - 1 && (c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    /** True when every cell is empty. */
    boolean allEmpty() {
        for (int k = 0; k < count; k++) {
            if (from[k] != to[k]) {
                return false;
            }
        }
        return true;
    }
}
