package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A multi-line table header turned into one heading path per cell position. In the text a merged
 * heading (“财政拨款（补助）” over six columns, “基本支出” over 人员经费 and 公用经费) is printed once, at
 * its first column, with empty cells after it; it covers the positions to its right up to the next
 * heading on its line, but never past the heading that covers it on the line above. So in 表12 “基本支出”
 * under “财政拨款” stops where “非财政拨款” starts, and a position with no heading of its own on a lower
 * line simply keeps the path of the lines above (a vertically merged cell such as “合计”).
 */
final class HeaderGrid {

    /**
     * @param index    the cell position (0-based tab column)
     * @param path     the headings covering it, top to bottom, as printed (line-break spaces removed)
     * @param normPath the same, as {@link TableLabels#norm} keys
     */
    record Position(int index, List<String> path, List<String> normPath) {

        Position {
            path = List.copyOf(path);
            normPath = List.copyOf(normPath);
        }

        /** The lowest heading: the column's own label. Empty when no heading covers the position. */
        String leaf() {
            return path.isEmpty() ? "" : path.get(path.size() - 1);
        }

        /** The leaf as a {@link TableLabels#norm} key. */
        String leafKey() {
            return normPath.isEmpty() ? "" : normPath.get(normPath.size() - 1);
        }
    }

    private HeaderGrid() {
    }

    /** @param lines the header lines' cells, top to bottom */
    static List<Position> of(List<List<String>> lines) {
        int width = 0;
        for (List<String> l : lines) {
            width = Math.max(width, l.size());
        }
        int depth = lines.size();
        // covering[d][p]: the heading that covers position p on line d, or null; its key alike. Arrays
        // rather than a growing list per position: a header is a few lines of a dozen or so positions.
        String[][] covering = new String[depth][width];
        String[][] coveringKey = new String[depth][width];
        // span[p] identifies the merged heading block position p lies in, over all lines so far: two
        // positions share a block when they shared one on the line above and have the same owner here.
        // Blocks are numbered 0, 1, … in order of their first position.
        int[] span = new int[width];
        int[] next = new int[width];
        String[] heading = new String[width];
        String[] headingKey = new String[width];
        for (int d = 0; d < depth; d++) {
            List<String> line = lines.get(d);
            // each heading once per line, however many positions it covers
            for (int j = 0; j < width; j++) {
                String c = cell(line, j);
                heading[j] = c.isEmpty() ? null : Texts.joinCjk(c);
                headingKey[j] = c.isEmpty() ? null : TableLabels.norm(heading[j]);
            }
            int blocks = 0;
            int lastOwner = -2;
            for (int p = 0; p < width; p++) {
                int owner = -1;
                for (int j = p; j >= 0 && span[j] == span[p]; j--) {
                    if (heading[j] != null) {
                        owner = j;
                        break;
                    }
                }
                if (owner >= 0) {
                    covering[d][p] = heading[owner];
                    coveringKey[d][p] = headingKey[owner];
                }
                // positions of one block are contiguous, so a new block starts where the block above or the owner changes
                boolean sameBlock = p > 0 && span[p - 1] == span[p] && owner == lastOwner;
                next[p] = sameBlock ? next[p - 1] : blocks++;
                lastOwner = owner;
            }
            int[] t = span;
            span = next;
            next = t;
        }
        List<Position> out = new ArrayList<>(width);
        for (int p = 0; p < width; p++) {
            int n = 0;
            for (int d = 0; d < depth; d++) {
                n += covering[d][p] == null ? 0 : 1;
            }
            String[] path = new String[n];
            String[] normPath = new String[n];
            int k = 0;
            for (int d = 0; d < depth; d++) {
                if (covering[d][p] != null) {
                    path[k] = covering[d][p];
                    normPath[k++] = coveringKey[d][p];
                }
            }
            out.add(new Position(p, List.of(path), List.of(normPath)));
        }
        return out;
    }

    private static String cell(List<String> line, int i) {
        return i < line.size() ? Texts.strip(line.get(i)) : "";
    }
}
