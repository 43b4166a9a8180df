package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.TableId;

/**
 * The layout of each table's national header, read once when the class is loaded. Most documents
 * print the national header (with line-break spaces of their own), and reading a header into a
 * layout (the grid of heading paths, the normalised keys, the column matching) cost about as much as
 * reading all the rows of the table: a header whose headings are, cell by cell, those of the national
 * header gets this layout instead, since {@link TableLayout#fromHeader} would build an equal one.
 *
 * <p>A static table derived from the profiles only, never from input; immutable, so shared by every
 * reading thread.
 */
final class StandardLayouts {

    /**
     * One table's national header.
     *
     * @param headings the headings as {@link HeaderGrid} reads each cell (stripped, line-break spaces
     *                 removed; null for an empty cell), line by line, each line without its trailing
     *                 empty cells as {@link SourceLine#cells} gives them
     * @param layout   the layout {@link TableLayout#fromHeader} reads from it
     * @param silent   reading it reports no unknown or missing column, so a header equal to it needs no
     *                 report either
     * @param plan     the layout's plan for reading rows
     */
    private record Standard(String[][] headings, TableLayout layout, boolean silent, RowPlan plan) {
    }

    private static final Map<TableId, Standard> STANDARDS = new EnumMap<>(TableId.class);

    static {
        for (TableId id : TableId.values()) {
            TableProfile profile = TableProfiles.of(id);
            if (profile != null) {
                STANDARDS.put(id, standard(profile));
            }
        }
    }

    private StandardLayouts() {
    }

    private static Standard standard(TableProfile profile) {
        List<List<String>> lines = new ArrayList<>();
        String[][] headings = new String[profile.standardHeader().size()][];
        for (int d = 0; d < headings.length; d++) {
            String[] cells = profile.standardHeader().get(d).split("\t", -1);
            lines.add(List.of(cells));
            int kept = 0;
            for (int j = 0; j < cells.length; j++) {
                if (!cells[j].isEmpty()) {
                    kept = j + 1;
                }
            }
            headings[d] = new String[kept];
            for (int j = 0; j < kept; j++) {
                headings[d][j] = heading(cells[j]);
            }
        }
        TableLayout.Reading reading = TableLayout.read(HeaderGrid.of(lines), profile);
        if (reading == null) {
            throw new IllegalStateException("standard header of " + profile.id() + " does not read");
        }
        return new Standard(headings, reading.layout(), reading.silent(profile), new RowPlan(reading.layout()));
    }

    /** A header cell as {@link HeaderGrid} reads it: null when empty, else stripped and joined. */
    private static String heading(String cell) {
        String c = Texts.strip(cell);
        return c.isEmpty() ? null : Texts.joinCjk(c);
    }

    /** The national layout of the table (for a header that cannot be read). */
    static TableLayout of(TableProfile profile) {
        return STANDARDS.get(profile.id()).layout();
    }

    /** The plan for reading rows by {@code layout}: made once for a national layout, else made now. */
    static RowPlan plan(TableProfile profile, TableLayout layout) {
        Standard s = STANDARDS.get(profile.id());
        return s != null && s.layout() == layout ? s.plan() : new RowPlan(layout);
    }

    /**
     * The national layout when the header lines print the national header's headings (and reading
     * it reports nothing); else null, and the header is read.
     */
    static TableLayout forHeader(List<SourceLine> header, TableProfile profile) {
        Standard s = STANDARDS.get(profile.id());
        if (!s.silent() || header.size() != s.headings().length) {
            return null;
        }
        for (int d = 0; d < header.size(); d++) {
            List<String> cells = header.get(d).cells();
            String[] expected = s.headings()[d];
            if (cells.size() != expected.length) {
                return null;
            }
            for (int j = 0; j < expected.length; j++) {
                if (!sameHeading(cells.get(j), expected[j])) {
                    return null;
                }
            }
        }
        return s.layout();
    }

    /** True when {@link #heading}{@code (cell)} equals {@code expected}; a cell without spaces is compared as it is. */
    private static boolean sameHeading(String cell, String expected) {
        if (expected == null) {
            return Texts.strip(cell).isEmpty();
        }
        if (cell.equals(expected)) {
            return true; // a cell equal to a heading is its own heading: headings hold no space at either end
        }
        return joinsTo(cell, expected);
    }

    /**
     * True when {@code Texts.joinCjk(Texts.strip(cell))} equals {@code expected}, found without building
     * it: a printed header's cells hold line-break spaces, and joining each of them into a new string only
     * to compare it showed in the allocation profile. The joining of {@link Texts#joinCjk(char[], int, int)}
     * run as a comparison: each character it would write is matched against {@code expected} in turn.
     */
    static boolean joinsTo(String cell, String expected) {
        int from = 0;
        int to = cell.length();
        while (from < to && Texts.isWhitespace(cell.charAt(from))) {
            from++;
        }
        while (to > from && Texts.isWhitespace(cell.charAt(to - 1))) {
            to--;
        }
        int m = expected.length();
        if (!hasSpace(cell, from, to)) {
            // joinCjk leaves a text without a space or ideographic space as it is, no-break spaces and all
            return to - from == m && cell.startsWith(expected, from);
        }
        int k = 0; // characters written (and matched) so far
        int i = from;
        while (i < to) {
            char c = cell.charAt(i);
            if (!isJoinSpace(c)) {
                if (k >= m || expected.charAt(k) != c) {
                    return false;
                }
                k++;
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && isJoinSpace(cell.charAt(j))) {
                j++;
            }
            if (k > 0 && j < to && !Texts.isCjk(expected.charAt(k - 1)) && !Texts.isCjk(cell.charAt(j))) {
                if (k >= m || expected.charAt(k) != ' ') {
                    return false;
                }
                k++;
            }
            i = j;
        }
        return k == m;
    }

    /** True when {@code s[from, to)} holds a space or an ideographic space, without which joinCjk changes nothing. */
    private static boolean hasSpace(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\u3000') {
                return true;
            }
        }
        return false;
    }

    /** The spaces {@link Texts#joinCjk} removes or joins into one. */
    private static boolean isJoinSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0';
    }
}
