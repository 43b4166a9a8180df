package org.budgetdisclosure.render;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.render.MdTableTemplates.Half;
import org.budgetdisclosure.render.MdTableTemplates.Slot;

/**
 * The cell positions a table is printed in, left to right: the template's label cells and the
 * table's value columns in their order, each with the headings above it. From these come the header
 * lines and the place of every cell of a row.
 *
 * @param positions every printed cell position
 */
record MdTableLayout(List<Position> positions) {

    MdTableLayout {
        positions = List.copyOf(positions);
    }

    /**
     * One cell position.
     *
     * @param path   the headings above it, top to bottom; the last is its own label
     * @param side   the half of a two-sided table it belongs to, else null
     * @param slot   what a row prints here, for a label cell; null for a value column
     * @param column the value column, null for a label cell
     */
    record Position(List<String> path, Side side, Slot slot, Column column) {

        Position {
            path = List.copyOf(path);
        }
    }

    static MdTableLayout of(Table table) {
        List<Half> halves = MdTableTemplates.of(table.id());
        List<Position> out = new ArrayList<>();
        for (Half half : halves) {
            for (MdTableTemplates.Label l : half.labels()) {
                out.add(new Position(l.path(), half.side(), l.slot(), null));
            }
            List<Column> columns = table.columns().stream().filter(c -> belongs(c, half, halves.size())).toList();
            for (Column c : columns) {
                out.add(new Position(path(c, half, columns), half.side(), null, c));
            }
        }
        return new MdTableLayout(out);
    }

    /** In a two-sided table a column goes to its side (one without a side to the expenditure half). */
    private static boolean belongs(Column c, Half half, int halves) {
        if (halves == 1) {
            return true;
        }
        return half.side() == Side.INCOME ? c.side() == Side.INCOME : c.side() != Side.INCOME;
    }

    /**
     * The headings above a value column: the template's groups and the column's label. The reader
     * labels two columns of one half that print the same heading (表12's two “人员经费”) with their whole
     * heading path, “财政拨款/基本支出/人员经费”; such a label is printed as that path again, so it is read
     * back as the same label.
     */
    private static List<String> path(Column c, Half half, List<Column> siblings) {
        String label = c.label() == null || c.label().isBlank() ? c.key() : c.label();
        String leaf = leaf(label);
        if (!leaf.equals(label) && siblings.stream().anyMatch(s -> s != c && leaf(s.label()).equals(leaf))) {
            return List.of(label.split("/"));
        }
        List<String> path = new ArrayList<>(half.groupOf(c.key()));
        path.add(label);
        return path;
    }

    private static String leaf(String label) {
        return label == null ? "" : label.substring(label.lastIndexOf('/') + 1);
    }

    int width() {
        return positions.size();
    }

    /**
     * The header lines. A heading is printed once, at the first position it covers, with empty cells
     * to its right as far as it reaches; a column's own label is never shared with its neighbour, and a
     * column with fewer headings than the deepest leaves the lines below its label empty (a cell merged
     * downwards). This is the form the text reader turns back into heading paths.
     */
    List<List<String>> headerLines() {
        int depth = positions.stream().mapToInt(p -> p.path().size()).max().orElse(0);
        List<List<String>> lines = new ArrayList<>(depth);
        for (int level = 0; level < depth; level++) {
            List<String> line = new ArrayList<>(width());
            for (int i = 0; i < positions.size(); i++) {
                List<String> path = positions.get(i).path();
                if (path.size() <= level) {
                    line.add("");
                } else if (i > 0 && continuesGroup(positions.get(i - 1).path(), path, level)) {
                    line.add("");
                } else {
                    line.add(path.get(level));
                }
            }
            lines.add(line);
        }
        return lines;
    }

    /** True when the heading at {@code level} is a group that the position to the left already printed. */
    private static boolean continuesGroup(List<String> left, List<String> path, int level) {
        boolean group = level < path.size() - 1 && level < left.size() - 1;
        return group && left.subList(0, level + 1).equals(path.subList(0, level + 1));
    }
}
