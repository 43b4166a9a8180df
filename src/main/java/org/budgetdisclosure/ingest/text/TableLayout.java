package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        List<List<String>> lines = new ArrayList<>();
        for (String l : profile.standardHeader()) {
            lines.add(List.of(l.split("\t", -1)));
        }
        return build(HeaderGrid.of(lines), profile, null, 0).orElseThrow(
                () -> new IllegalStateException("standard header of " + profile.id() + " does not read"));
    }

    /**
     * Reads the layout from the printed header lines. Empty when the header names no column of the
     * table at all (or, for a two-sided table, has no second half): the caller then falls back to
     * {@link #standard}. Unknown and missing columns are reported to {@code ctx}.
     */
    static Optional<TableLayout> fromHeader(List<SourceLine> header, TableProfile profile, ReadContext ctx) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> lines = new ArrayList<>();
        for (SourceLine l : header) {
            lines.add(l.cells());
        }
        return build(HeaderGrid.of(lines), profile, ctx, header.get(0).number());
    }

    private static Optional<TableLayout> build(List<HeaderGrid.Position> grid, TableProfile profile, ReadContext ctx,
                                               int line) {
        int split = profile.twoSided() ? expenditureStart(grid) : -1;
        if (profile.twoSided() && split < 0) {
            return Optional.empty();
        }
        Map<String, List<Integer>> labels = new HashMap<>();
        Map<String, Integer> projects = new HashMap<>();
        Map<String, List<Slot>> values = new HashMap<>();
        Map<String, List<HeaderGrid.Position>> valuePositions = new HashMap<>();
        // used[k]: profile column k (or one equal to it) has been found; by index, since hashing or
        // comparing the column records for every position and column showed in profiles
        boolean[] used = new boolean[profile.columns().size()];
        boolean anyUsed = false;
        List<String> unknown = new ArrayList<>();
        for (HeaderGrid.Position p : grid) {
            if (p.path().isEmpty()) {
                continue;
            }
            Side side = !profile.twoSided() ? null : p.index() < split ? Side.INCOME : Side.EXPENDITURE;
            Optional<TableLabels.Role> role = TableLabels.roleOfKey(p.leafKey());
            if (role.isPresent()) {
                if (role.get() == TableLabels.Role.PROJECT) {
                    projects.putIfAbsent(key(side), p.index());
                } else {
                    labels.computeIfAbsent(key(side), s -> new ArrayList<>()).add(p.index());
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
            values.computeIfAbsent(key(side), s -> new ArrayList<>()).add(new Slot(p.index(), column));
            valuePositions.computeIfAbsent(key(side), s -> new ArrayList<>()).add(p);
        }
        if (!anyUsed) {
            return Optional.empty();
        }
        if (ctx != null) {
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
        List<Half> halves = new ArrayList<>();
        List<Side> sides = profile.twoSided() ? List.of(Side.INCOME, Side.EXPENDITURE) : Collections.singletonList(null);
        List<Column> columns = new ArrayList<>();
        for (Side side : sides) {
            List<Slot> slots = disambiguate(values.getOrDefault(key(side), List.of()), valuePositions.getOrDefault(key(side), List.of()));
            for (Slot s : slots) {
                columns.add(s.column());
            }
            halves.add(new Half(side, labels.getOrDefault(key(side), List.of()), projects.getOrDefault(key(side), -1), slots));
        }
        return Optional.of(new TableLayout(grid.size(), columns, halves));
    }

    /** Map keys cannot be null; a one-sided table's half is filed under this stand-in. */
    private static String key(Side side) {
        return side == null ? "" : side.name();
    }

    /** The first label column that follows a value column: where the expenditure half begins. */
    private static int expenditureStart(List<HeaderGrid.Position> grid) {
        boolean seenValue = false;
        for (HeaderGrid.Position p : grid) {
            if (p.path().isEmpty()) {
                continue;
            }
            boolean label = TableLabels.roleOfKey(p.leafKey()).isPresent();
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
        String lastTwo = ColumnSpec.lastTwo(normPath);
        List<ColumnSpec> columns = profile.columns();
        // only the columns the leaf (or the last two headings) name can match: looked up, not tried one by one
        for (int k : profile.columnIndex().named(normPath.get(normPath.size() - 1), lastTwo)) {
            ColumnSpec s = columns.get(k);
            if (used[k] || !s.matches(side, normPath, lastTwo)) {
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
        Map<String, Integer> counts = new HashMap<>();
        for (Slot s : slots) {
            counts.merge(s.column().label(), 1, Integer::sum);
        }
        List<Slot> out = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            Column c = s.column();
            if (counts.get(c.label()) > 1) {
                c = new Column(c.key(), String.join("/", positions.get(i).path()), c.side());
            }
            out.add(new Slot(s.position(), c));
        }
        return out;
    }
}
