package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.ingest.text.TableProfile.ColumnSpec;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Side;

/**
 * Where each column of a table sits: which cell positions hold the row's code, name and project
 * name, and which hold which value column. It is read from the printed header (so a regional layout
 * with a column more or less still reads) and falls back to the profile's standard header.
 *
 * @param width   the number of cell positions the header covers
 * @param columns the value columns in printed order
 * @param halves  one half for an ordinary table; income then expenditure for 表1/表4
 */
record TableLayout(int width, List<Column> columns, List<Half> halves) {

    TableLayout {
        columns = List.copyOf(columns);
        halves = List.copyOf(halves);
    }

    /**
     * @param side            INCOME / EXPENDITURE in a two-sided table, else null
     * @param labelPositions  the positions of the code and name cells, left to right (project excluded)
     * @param projectPosition the position of 项目名称, or -1
     * @param values          the value columns of this half
     */
    record Half(Side side, List<Integer> labelPositions, int projectPosition, List<Slot> values) {

        Half {
            labelPositions = List.copyOf(labelPositions);
            values = List.copyOf(values);
        }
    }

    /** A value column at its cell position. */
    record Slot(int position, Column column) {
    }

    /** True when a cell position belongs to some label or value column. */
    boolean covers(int position) {
        for (Half h : halves) {
            if (h.labelPositions().contains(position) || h.projectPosition() == position) {
                return true;
            }
            for (Slot s : h.values()) {
                if (s.position() == position) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The national layout of the table, for a document whose header cannot be read. */
    static TableLayout standard(TableProfile profile) {
        return StandardLayouts.of(profile);
    }

    /**
     * Reads the layout from the printed header lines. Empty when the header names no column of the
     * table at all (or, for a two-sided table, has no second half): the caller then falls back to
     * {@link #standard}. Unknown and missing columns are reported to {@code ctx}. A header printing the
     * national headings gets the national layout read once (see {@link StandardLayouts}).
     */
    static Optional<TableLayout> fromHeader(List<SourceLine> header, TableProfile profile, ReadContext ctx) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        TableLayout standard = StandardLayouts.forHeader(header, profile);
        if (standard != null) {
            return Optional.of(standard);
        }
        List<List<String>> lines = new ArrayList<>();
        for (SourceLine l : header) {
            lines.add(l.cells());
        }
        Reading r = read(HeaderGrid.of(lines), profile);
        if (r == null) {
            return Optional.empty();
        }
        report(profile, r.unknown(), r.used(), ctx, header.get(0).number());
        return Optional.of(r.layout());
    }

    /**
     * A header read into a layout, with what is to be reported about it.
     *
     * @param unknown the leaves of the value columns the profile does not know
     * @param used    for each profile column, whether the header has it (or one equal to it)
     */
    record Reading(TableLayout layout, List<String> unknown, boolean[] used) {

        /** Nothing to report: every column known, no required column missing. */
        boolean silent(TableProfile profile) {
            if (!unknown.isEmpty()) {
                return false;
            }
            for (int k = 0; k < used.length; k++) {
                if (!used[k] && !profile.columns().get(k).optional()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The layout the grid of a header gives, or null when it names no column of the table (or lacks a second half). */
    static Reading read(List<HeaderGrid.Position> grid, TableProfile profile) {
        // each position's label role once: the split and the walk below both ask
        TableLabels.Role[] roles = new TableLabels.Role[grid.size()];
        for (int i = 0; i < roles.length; i++) {
            HeaderGrid.Position p = grid.get(i);
            roles[i] = p.path().isEmpty() ? null : TableLabels.roleOrNull(p.leafKey());
        }
        int split = profile.twoSided() ? expenditureStart(grid, roles) : -1;
        if (profile.twoSided() && split < 0) {
            return null;
        }
        // one builder per half: [0] the income half or the only one, [1] the expenditure half
        HalfBuilder[] halves = {new HalfBuilder(), new HalfBuilder()};
        // used[k]: profile column k (or one equal to it) has been found; by index, since hashing or
        // comparing the column records for every position and column showed in profiles
        boolean[] used = new boolean[profile.columns().size()];
        boolean anyUsed = false;
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) { // indexed: the roles go with the positions
            HeaderGrid.Position p = grid.get(i);
            if (p.path().isEmpty()) {
                continue;
            }
            Side side = !profile.twoSided() ? null : p.index() < split ? Side.INCOME : Side.EXPENDITURE;
            HalfBuilder half = halves[side == Side.EXPENDITURE ? 1 : 0];
            if (roles[i] != null) {
                if (roles[i] == TableLabels.Role.PROJECT) {
                    if (half.project < 0) {
                        half.project = p.index();
                    }
                } else {
                    half.labels.add(p.index());
                }
                continue;
            }
            int k = match(profile, side, p.normPath(), used);
            Column column;
            if (k >= 0) {
                markUsed(profile, k, used);
                anyUsed = true;
                column = new Column(profile.columns().get(k).key(), p.leaf(), side);
            } else {
                column = new Column("col" + (p.index() + 1), p.leaf(), side);
                unknown.add(p.leaf());
            }
            half.values.add(new Slot(p.index(), column));
            half.positions.add(p);
        }
        if (!anyUsed) {
            return null;
        }
        List<Half> out = new ArrayList<>(2);
        List<Column> columns = new ArrayList<>();
        List<Side> sides = profile.twoSided() ? List.of(Side.INCOME, Side.EXPENDITURE) : Collections.singletonList(null);
        for (int h = 0; h < sides.size(); h++) {
            HalfBuilder half = halves[h];
            List<Slot> slots = disambiguate(half.values, half.positions);
            for (Slot s : slots) {
                columns.add(s.column());
            }
            out.add(new Half(sides.get(h), half.labels, half.project, slots));
        }
        return new Reading(new TableLayout(grid.size(), columns, out), List.copyOf(unknown), used);
    }

    /** What one half of the header has shown so far. */
    private static final class HalfBuilder {
        final List<Integer> labels = new ArrayList<>();
        int project = -1;
        final List<Slot> values = new ArrayList<>();
        final List<HeaderGrid.Position> positions = new ArrayList<>();
    }

    /** Header columns the profile does not know, and the profile's required columns the header lacks. */
    private static void report(TableProfile profile, List<String> unknown, boolean[] used, ReadContext ctx, int line) {
        String table = profile.id().label();
        for (String u : unknown) {
            ctx.warning("READ-COLUMN-UNKNOWN", table + " 的“" + u + "”列不是本表的标准列，已按原样读取。", line);
        }
        for (int k = 0; k < profile.columns().size(); k++) {
            ColumnSpec s = profile.columns().get(k);
            if (!s.optional() && !used[k]) {
                ctx.notice("READ-COLUMN-MISSING", table + " 没有“" + s.label() + "”列。", line);
            }
        }
    }

    /** The first label column that follows a value column: where the expenditure half begins. */
    private static int expenditureStart(List<HeaderGrid.Position> grid, TableLabels.Role[] roles) {
        boolean seenValue = false;
        for (int i = 0; i < grid.size(); i++) {
            HeaderGrid.Position p = grid.get(i);
            if (p.path().isEmpty()) {
                continue;
            }
            boolean label = roles[i] != null;
            if (label && seenValue) {
                return p.index();
            }
            seenValue |= !label;
        }
        return -1;
    }

    /** The index of the unused column the path names, or -1; a column that also matches its group heading wins over one that does not. */
    private static int match(TableProfile profile, Side side, List<String> normPath, boolean[] used) {
        int plain = -1;
        if (normPath.isEmpty()) {
            return plain;
        }
        String lastTwo = profile.columnIndex().lastTwoIfNaming(normPath);
        List<ColumnSpec> columns = profile.columns();
        // only the columns the leaf (or the last two headings) name can match: looked up, not tried one by
        // one; being named is thus settled, and only the side and the group heading are left to test
        for (int k : profile.columnIndex().named(normPath.get(normPath.size() - 1), lastTwo)) {
            ColumnSpec s = columns.get(k);
            if (used[k] || !s.fitsNamed(side, normPath)) {
                continue;
            }
            if (s.group() != null) {
                return k;
            }
            if (plain < 0) {
                plain = k;
            }
        }
        return plain;
    }

    /** Marks column k and every column equal to it as found, as a set of found columns would hold them. */
    private static void markUsed(TableProfile profile, int k, boolean[] used) {
        for (int j : profile.columnIndex().sameAs()[k]) {
            used[j] = true;
        }
    }

    /**
     * Labels two columns of one half that print the same heading (表12's two “人员经费”) with their
     * whole heading path, so a message can tell them apart.
     */
    private static List<Slot> disambiguate(List<Slot> slots, List<HeaderGrid.Position> positions) {
        List<Slot> out = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            Column c = s.column();
            if (printedTwice(slots, c.label())) {
                c = new Column(c.key(), String.join("/", positions.get(i).path()), c.side());
            }
            out.add(c == s.column() ? s : new Slot(s.position(), c));
        }
        return out;
    }

    /** True when two slots of a half print the label; a half holds a dozen slots at most, so counted by a walk rather than a map. */
    private static boolean printedTwice(List<Slot> slots, String label) {
        int n = 0;
        for (Slot s : slots) {
            if (s.column().label().equals(label) && ++n > 1) {
                return true;
            }
        }
        return false;
    }
}
