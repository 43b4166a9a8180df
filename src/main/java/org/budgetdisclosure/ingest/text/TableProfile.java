package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetdisclosure.model.ClassificationCode;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.TableId;

/**
 * What one of the twelve tables looks like in the national format: its value columns (by key,
 * printed label and the other labels regional layouts use), whether it is two-sided, which
 * classification its codes belong to, and the named lines it may hold.
 *
 * @param id             the table
 * @param twoSided       income on the left, expenditure on the right (表1, 表4)
 * @param scheme         the classification of the codes in its rows
 * @param columns        the value columns in standard order
 * @param standardHeader the national header, one tab-separated string per header line; used when a
 *                       document's header cannot be read
 * @param items          the named lines of the income half (表1, 表4) or of the table (表10)
 * @param unitRows       a row with a name and neither code nor project is the budget unit's row (表7)
 * @param headerWords    the words of this table's header as {@link TableLabels#norm} keys: its columns'
 *                       aliases and group headings and the words of its standard header. Derived from
 *                       the columns and the standard header (see the shorter constructor) once, since
 *                       every tabular line of the table is tested against them.
 */
record TableProfile(TableId id, boolean twoSided, ClassificationCode.Scheme scheme, List<ColumnSpec> columns,
                    List<String> standardHeader, ItemDictionary items, boolean unitRows, Set<String> headerWords,
                    ColumnIndex columnIndex) {

    TableProfile {
        columns = List.copyOf(columns);
        standardHeader = List.copyOf(standardHeader);
        headerWords = Set.copyOf(headerWords);
    }

    TableProfile(TableId id, boolean twoSided, ClassificationCode.Scheme scheme, List<ColumnSpec> columns,
                 List<String> standardHeader, ItemDictionary items, boolean unitRows) {
        this(id, twoSided, scheme, columns, standardHeader, items, unitRows, headerWords(columns, standardHeader),
                ColumnIndex.of(columns));
    }

    /**
     * The columns indexed for reading a header, once per profile: every header position of every table
     * is matched against them.
     *
     * @param byAlias for each alias key, the indices of the columns it names, ascending
     * @param sameAs  for each column, the columns equal to it (itself included), which are found with it
     * @param tails   every ending of every alias key (the empty one included): a path's last two headings joined can only
     *                name a column when its leaf is one of them, so the joining is skipped otherwise
     */
    record ColumnIndex(Map<String, int[]> byAlias, int[][] sameAs, Set<String> tails) {

        ColumnIndex(Map<String, int[]> byAlias, int[][] sameAs) {
            this(byAlias, sameAs, tailsOf(byAlias.keySet()));
        }

        private static Set<String> tailsOf(Set<String> aliases) {
            Set<String> out = new HashSet<>();
            for (String a : aliases) {
                for (int i = 0; i <= a.length(); i++) { // the empty ending too: a leaf that norms to nothing
                    out.add(a.substring(i));
                }
            }
            return Set.copyOf(out);
        }

        /** {@link ColumnSpec#lastTwo} of the path when it may name a column (see {@link #tails}), else null. */
        String lastTwoIfNaming(List<String> normPath) {
            int n = normPath.size();
            return n >= 2 && tails.contains(normPath.get(n - 1)) ? ColumnSpec.lastTwo(normPath) : null;
        }

        static ColumnIndex of(List<ColumnSpec> columns) {
            Map<String, List<Integer>> lists = new HashMap<>();
            for (int k = 0; k < columns.size(); k++) {
                for (String a : columns.get(k).aliases()) {
                    lists.computeIfAbsent(a, x -> new ArrayList<>()).add(k);
                }
            }
            Map<String, int[]> byAlias = new HashMap<>();
            lists.forEach((a, ks) -> byAlias.put(a, ks.stream().mapToInt(Integer::intValue).toArray()));
            int[][] sameAs = new int[columns.size()][];
            for (int k = 0; k < columns.size(); k++) {
                List<Integer> same = new ArrayList<>();
                for (int j = 0; j < columns.size(); j++) {
                    if (j == k || columns.get(j).key().equals(columns.get(k).key()) && columns.get(j).equals(columns.get(k))) {
                        same.add(j);
                    }
                }
                sameAs[k] = same.stream().mapToInt(Integer::intValue).toArray();
            }
            return new ColumnIndex(Map.copyOf(byAlias), sameAs);
        }

        /** The columns whose aliases hold {@code a} or {@code b} (either may be null), ascending. */
        int[] named(String a, String b) {
            int[] x = a == null ? null : byAlias.get(a);
            int[] y = b == null ? null : byAlias.get(b);
            if (y == null) {
                return x == null ? NONE : x;
            }
            if (x == null) {
                return y;
            }
            int[] out = new int[x.length + y.length];
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < x.length || j < y.length) {
                int next = j >= y.length || i < x.length && x[i] <= y[j] ? x[i] : y[j];
                if (i < x.length && x[i] == next) {
                    i++;
                }
                if (j < y.length && y[j] == next) {
                    j++;
                }
                out[n++] = next;
            }
            return Arrays.copyOf(out, n);
        }

        private static final int[] NONE = new int[0];
    }

    private static Set<String> headerWords(List<ColumnSpec> columns, List<String> standardHeader) {
        Set<String> out = new LinkedHashSet<>();
        for (ColumnSpec c : columns) {
            out.addAll(c.aliases());
            if (c.group() != null) {
                out.add(c.group());
            }
        }
        for (String line : standardHeader) {
            for (String h : line.split("\t", -1)) {
                if (!h.isBlank()) {
                    out.add(TableLabels.norm(h));
                }
            }
        }
        return out;
    }

    /**
     * A value column.
     *
     * @param key      the stable key (total, gpb, e302, …)
     * @param label    the label the national format prints
     * @param side     the half it belongs to in a two-sided table, else null
     * @param aliases  every label that names it, as {@link TableLabels#norm} keys (the label included)
     * @param group    a heading that must stand above it (e.g. 财政拨款 vs 非财政拨款 in 表12), or null
     * @param optional a column the national layout may leave out; its absence is not worth a notice
     */
    record ColumnSpec(String key, String label, Side side, Set<String> aliases, String group, boolean optional) {

        static ColumnSpec of(String key, String label, String... aliases) {
            return new ColumnSpec(key, label, null, keys(label, aliases), null, false);
        }

        ColumnSpec on(Side s) {
            return new ColumnSpec(key, label, s, aliases, group, optional);
        }

        ColumnSpec under(String groupLabel) {
            return new ColumnSpec(key, label, side, aliases, TableLabels.norm(groupLabel), optional);
        }

        ColumnSpec asOptional() {
            return new ColumnSpec(key, label, side, aliases, group, true);
        }

        /**
         * True when a header path (normalised, top to leaf) on the given side names this column. A
         * heading the conversion broke over two header lines (“财政专户” above “（教育收费）”) is also
         * tried whole.
         */
        boolean matches(Side s, List<String> normPath) {
            return matches(s, normPath, lastTwo(normPath));
        }

        /** As {@link #matches(Side, List)}, with the path's {@link #lastTwo} computed once for all columns. */
        boolean matches(Side s, List<String> normPath, String lastTwo) {
            int n = normPath.size();
            if (side != s || n == 0) {
                return false;
            }
            boolean named = aliases.contains(normPath.get(n - 1)) || lastTwo != null && aliases.contains(lastTwo);
            return named && (group == null || normPath.contains(group));
        }

        /**
         * As {@link #matches(Side, List, String)} for a path already known to name this column (its leaf
         * or last two headings are among the aliases): the side and the group heading only.
         */
        boolean fitsNamed(Side s, List<String> normPath) {
            return side == s && !normPath.isEmpty() && (group == null || normPath.contains(group));
        }

        /** The last two headings of a path as one (a heading broken over two lines), or null. */
        static String lastTwo(List<String> normPath) {
            int n = normPath.size();
            return n >= 2 ? normPath.get(n - 2) + normPath.get(n - 1) : null;
        }

        private static Set<String> keys(String label, String... aliases) {
            Set<String> out = new LinkedHashSet<>();
            out.add(TableLabels.norm(label));
            for (String a : aliases) {
                out.add(TableLabels.norm(a));
            }
            return Set.copyOf(out);
        }
    }

    /** Every word a header line of this table may hold; a tabular line made of them is a header, not a row. */
    boolean isHeaderWord(String cell) {
        String k = TableLabels.norm(cell);
        return TableLabels.isGenericHeaderKey(k) || headerWords.contains(k);
    }
}
