package org.budgetdisclosure.ingest.text;

import java.util.Arrays;
import java.util.List;

/**
 * The cells of one table line as ranges of its text, cut for each line by one reader (one table, on one
 * thread), which may {@link #keep} a line's ranges to read them again later without cutting the line
 * twice. Cell k is {@code text(k).substring(from(k), to(k))}, exactly what
 * {@link SourceLine#cell} gives, but no string is made for it unless asked for ({@link #cell}): a table
 * reader reads the amounts straight from the ranges, and cutting every cell of every row into a string
 * of its own was a fifth of what reading a document allocated.
 *
 * <p>A line whose cells need cleaning (see {@link SourceLine#cutRanges}) is read through
 * {@link SourceLine#cells()}: each cell is then its own text, from 0 to its length.
 */
final class LineCells {

    /** The ranges of the line being read start at {@link #base}; those below {@link #top} are kept lines'. */
    private int[] from = new int[128];
    private int[] to = new int[128];
    private int base;
    private int top;
    /** The text of every cell of a line cut into ranges; null when the cells are {@link #cleaned}. */
    private String body;
    private List<String> cleaned;
    private int count;
    /**
     * Where the ranges of each kept line start and how many cells it has (-1 when its cells are
     * cleaned, and as many as the line's cleaned cells): a table's data lines are cut once, when they are sorted from the header, and
     * read from their ranges afterwards.
     */
    private int[] keptBase = new int[16];
    private int[] keptCount = new int[16];
    private int kept;

    /** Cuts the cells of {@code line}, forgetting the last line's unless it was {@link #keep kept}. */
    LineCells cut(SourceLine line) {
        int at = top;
        int need = at + line.width();
        if (from.length < need) {
            from = Arrays.copyOf(from, Math.max(need, 2 * from.length));
            to = Arrays.copyOf(to, from.length);
        }
        base = at;
        int n = line.cutRanges(from, to, at);
        if (n >= 0) {
            readFrom(line, n);
        } else {
            readFrom(line, -1);
            for (int k = 0; k < count; k++) {
                from[at + k] = 0;
                to[at + k] = cleaned.get(k).length();
            }
        }
        return this;
    }

    /**
     * The cells are {@code count} ranges of the line's body, or, with {@code count} -1, the line's cleaned
     * cells (a line with markup or no-break spaces, whose cells are not ranges of its text).
     */
    private void readFrom(SourceLine line, int count) {
        if (count >= 0) {
            body = line.body();
            cleaned = null;
            this.count = count;
        } else {
            cleaned = line.cells();
            body = null;
            this.count = cleaned.size();
        }
    }

    /**
     * Keeps the ranges of the line just cut, to be read again by {@link #recall} without cutting it again;
     * answers its place among the kept lines (0 for the first kept, and so on).
     */
    int keep() {
        if (kept == keptBase.length) {
            keptBase = Arrays.copyOf(keptBase, 2 * kept);
            keptCount = Arrays.copyOf(keptCount, 2 * kept);
        }
        keptBase[kept] = base;
        keptCount[kept] = body != null ? count : -1;
        top = base + count;
        return kept++;
    }

    /** The cells of the {@code k}-th kept line, {@code line}, as {@link #cut} cut them. */
    LineCells recall(int k, SourceLine line) {
        base = keptBase[k];
        readFrom(line, keptCount[k]);
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
        return from[base + k];
    }

    int to(int k) {
        return to[base + k];
    }

    /** True when cell {@code k} is empty (or past the last). */
    boolean isEmpty(int k) {
        return k >= count || from[base + k] == to[base + k];
    }

    /** Cell {@code k} as a string, "" past the last: {@link SourceLine#cell}. */
    String cell(int k) {
        return k >= count ? "" : text(k).substring(from[base + k], to[base + k]);
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
        int f = from[base + k];
        int t = to[base + k];
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
        for (int k = base; k < base + count; k++) {
            if (from[k] != to[k]) {
                return false;
            }
        }
        return true;
    }
}
