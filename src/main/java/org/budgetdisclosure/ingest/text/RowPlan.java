package org.budgetdisclosure.ingest.text;

import java.util.List;

/**
 * A layout as {@link TableRowReader} reads rows by it: for each half its label, value and project
 * positions and its column keys, as arrays looked at for every row. Immutable, so the plan of a national
 * layout is made once with it ({@link StandardLayouts#plan}) and shared by every reading thread; the
 * arrays must never be written to.
 */
final class RowPlan {

    /** The halves of the layout. */
    final TableLayout.Half[] halves;
    /** The positions of each half's code and name cells, by half. */
    final int[][] labelPositions;
    /** The cell position of each value slot of each half, by half. */
    final int[][] valuePositions;
    /**
     * The column keys of each half in slot order, shared by all its rows' cells; null for a half printing
     * a key twice, whose rows keep a key's first place and last amount in cells of their own.
     */
    final String[][] halfKeys;
    /** The positions {@link TableLayout#covers}, gathered once rather than looked up for every cell of every row. */
    final boolean[] covered;
    /** The positions of each half of a two-sided table (label, value and project cells), by half. */
    final boolean[][] halfPositions;
    /** The most value slots of a half. */
    final int widest;
    /** Some half prints a key twice. */
    final boolean anyTwice;

    RowPlan(TableLayout layout) {
        List<TableLayout.Half> hs = layout.halves();
        halves = hs.toArray(new TableLayout.Half[0]);
        labelPositions = new int[halves.length][];
        valuePositions = new int[halves.length][];
        halfKeys = new String[halves.length][];
        halfPositions = new boolean[halves.length][];
        covered = new boolean[layout.width()];
        int mostValues = 0;
        boolean twice = false;
        for (int h = 0; h < halves.length; h++) {
            TableLayout.Half half = halves[h];
            boolean[] mine = new boolean[layout.width()];
            List<Integer> labels = half.labelPositions();
            labelPositions[h] = new int[labels.size()];
            for (int i = 0; i < labels.size(); i++) {
                labelPositions[h][i] = labels.get(i);
                mine[labels.get(i)] = true;
            }
            List<TableLayout.Slot> slots = half.values();
            valuePositions[h] = new int[slots.size()];
            String[] keys = new String[slots.size()];
            boolean distinct = true;
            for (int i = 0; i < slots.size(); i++) {
                valuePositions[h][i] = slots.get(i).position();
                mine[slots.get(i).position()] = true;
                keys[i] = slots.get(i).column().key();
                distinct &= indexOf(keys, i, keys[i]) < 0;
            }
            halfKeys[h] = distinct ? keys : null;
            twice |= !distinct;
            if (half.projectPosition() >= 0) {
                mine[half.projectPosition()] = true;
            }
            for (int p = 0; p < mine.length; p++) {
                covered[p] |= mine[p];
            }
            halfPositions[h] = mine;
            mostValues = Math.max(mostValues, slots.size());
        }
        widest = mostValues;
        anyTwice = twice;
    }

    /** The place of {@code key} among the first {@code n} keys, or -1. */
    static int indexOf(String[] keys, int n, String key) {
        for (int i = 0; i < n; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
