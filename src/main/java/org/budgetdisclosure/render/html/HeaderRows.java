package org.budgetdisclosure.render.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds multi-row table headers from each column's header path, outermost group first
 * ({@code [科目, 科目代码, 类]}, {@code [支出预算, 合计]}): neighbouring columns that share a group are
 * merged into one cell spanning them, and a column's own label reaches down to the last header row.
 * This is how the national format prints 表2, 表3 and 表12, so it is computed rather than drawn per
 * table.
 */
final class HeaderRows {

    private HeaderRows() {
    }

    static List<List<Cell>> of(List<List<String>> paths) {
        int depth = paths.stream().mapToInt(List::size).max().orElse(0);
        List<List<Cell>> rows = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            List<Cell> row = new ArrayList<>();
            int i = 0;
            while (i < paths.size()) {
                List<String> path = paths.get(i);
                if (path.size() <= level) {
                    i++; // covered by its own label reaching down from above
                    continue;
                }
                boolean leaf = path.size() == level + 1;
                int span = 1;
                if (!leaf) {
                    while (i + span < paths.size() && sameGroup(path, paths.get(i + span), level)) {
                        span++;
                    }
                }
                row.add(Cell.spanning(Cell.Kind.COLUMN_HEADER, path.get(level), span, leaf ? depth - level : 1));
                i += span;
            }
            rows.add(row);
        }
        return rows;
    }

    /** True when {@code other} sits under the same group as {@code path} at {@code level}. */
    private static boolean sameGroup(List<String> path, List<String> other, int level) {
        return other.size() > level + 1 && other.subList(0, level + 1).equals(path.subList(0, level + 1));
    }
}
