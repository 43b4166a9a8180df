package org.budgetdisclosure.check;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;
import org.budgetdisclosure.model.Cells;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * The disclosure's tables indexed once for all rules ({@link CheckContext#shared}): each table by id
 * (the first printed, as {@link Disclosure#table} finds it), and in each its rows by key, by code and by
 * kind. Some 160 rule instances look rows up; a stream over all rows per lookup was most of their time.
 * The lists keep printed order, so a rule taking the first row that fits finds the row a scan would.
 */
public final class Tables {

    private static final Object KEY = new Object();

    private final Map<TableId, Rows> byId = new EnumMap<>(TableId.class);

    private Tables(Disclosure d) {
        for (Table t : d.tables()) {
            byId.putIfAbsent(t.id(), new Rows(t));
        }
    }

    /** The index of {@code d}, built by the first rule to ask. */
    public static Tables of(Disclosure d, CheckContext ctx) {
        return ctx.shared(d, KEY, Tables::new);
    }

    /** As {@link Disclosure#table}. */
    public Optional<Table> table(TableId id) {
        Rows r = byId.get(id);
        return r == null ? Optional.empty() : r.optional;
    }

    /** The rows of a table, or null when the table is not printed. */
    public Rows rows(TableId id) {
        return byId.get(id);
    }

    /** One table's rows, indexed. */
    public static final class Rows {

        /** In {@link #cents}: the cell is empty (no figure printed, which is not zero). */
        private static final long EMPTY = Long.MIN_VALUE;
        /**
         * Figures of up to 15 digits (below 10¹⁵ cents): a sum of up to {@link #MAX_CELLS} of them fits in a
         * long, so sums in cents are exact. A table with a larger figure (none is real) is summed in BigDecimal.
         */
        private static final int DIGITS = 15;
        private static final int MAX_CELLS = 9_000;
        /** Up to this many rows, {@link #index(Row)} scans the rows rather than build a map of them. */
        private static final int SCANNED = 64;
        /** {@link RowKind#values()} copies its array on every call: one copy for all tables. */
        private static final RowKind[] KINDS = RowKind.values();
        /** The places of a kind no row has: one empty array for all (an empty array cannot be changed). */
        private static final int[] NO_PLACES = new int[0];
        /** What {@link #cents(Table, String[])} answers for a cell whose key is not among the keys given (compared by identity). */
        private static final long[] NO_KEY = new long[0];


        private final Table table;
        private final Optional<Table> optional;
        /** Built when first asked: several tables are never looked up by key or code. */
        private Grouped byKey;
        private Grouped byCode;
        /** The rows of each kind (by ordinal), in printed order, and their places in the table. */
        private final List<Row>[] byKind;
        private final int[][] placesByKind;
        /** The distinct column keys in printed order, then any other cell keys: the positions of {@link #cells}. */
        private final String[] keys;
        private final int columnCount;
        /** Each row's position in the table, built when a rule asks for the place of a row (most ask by kind). */
        private Map<Row, Integer> index;
        /** The table's code tree, built when first asked. */
        private CodeTree tree;
        /**
         * Each row's printed cells by key position (null where empty), made only when a table's figures are
         * too large for {@link #cents} (the sums then go through it): findings ask for a row's cells
         * ({@link #cells(int)}) one row at a time, and the checks that pass read only the cents.
         */
        private Money[][] cells;
        /**
         * The same in cents ({@link #EMPTY} where empty), row after row ({@link #width} a row), or null when
         * a figure is too large for that. One array per table: an array per row cost more to build than
         * the sums saved.
         */
        private final long[] cents;
        private final int width;

        @SuppressWarnings("unchecked")
        Rows(Table t) {
            this.table = t;
            this.optional = Optional.of(t);
            List<Row> all = t.rows();
            RowKind[] kinds = KINDS;
            int[] counts = new int[kinds.length];
            for (Row r : all) {
                if (r.kind() != null) {
                    counts[r.kind().ordinal()]++;
                }
            }
            byKind = new List[kinds.length];
            placesByKind = new int[kinds.length][];
            for (int k = 0; k < kinds.length; k++) {
                placesByKind[k] = counts[k] == 0 ? NO_PLACES : new int[counts[k]];
                counts[k] = 0;
            }
            for (int i = 0; i < all.size(); i++) {
                RowKind kind = all.get(i).kind();
                if (kind != null) {
                    int k = kind.ordinal();
                    placesByKind[k][counts[k]++] = i;
                }
            }
            for (int k = 0; k < kinds.length; k++) {
                byKind[k] = placesByKind[k].length == 0 ? List.of() : new RowsAt(all, placesByKind[k]);
            }
            List<Column> columns = t.columns();
            String[] columnKeys = new String[columns.size()];
            int distinct = 0;
            for (int c = 0; c < columnKeys.length; c++) {
                String key = columns.get(c).key();
                if (!among(columnKeys, distinct, key)) {
                    columnKeys[distinct++] = key;
                }
            }
            columnCount = distinct;
            columnKeys = distinct == columnKeys.length ? columnKeys : Arrays.copyOf(columnKeys, distinct);
            long[] inCents = cents(t, columnKeys);
            if (inCents == NO_KEY) { // a cell outside the columns (a hand-made table): it gets a position too
                List<String> distinctKeys = new ArrayList<>(Arrays.asList(columnKeys));
                for (Row r : all) {
                    for (String k : r.cells().keySet()) {
                        if (!distinctKeys.contains(k)) {
                            distinctKeys.add(k);
                        }
                    }
                }
                columnKeys = distinctKeys.toArray(new String[0]);
                inCents = cents(t, columnKeys);
            }
            keys = columnKeys;
            width = columnKeys.length;
            cents = inCents;
        }

        /** Whether {@code key} is among the first {@code n} of {@code keys}. */
        private static boolean among(String[] keys, int n, String key) {
            for (int i = 0; i < n; i++) {
                if (Objects.equals(keys[i], key)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The table's figures in cents, row after row ({@code keys.length} a row, {@link #EMPTY} where no
         * figure is printed); null when a figure is too large (or the table too big) for exact sums in a
         * long; {@link #NO_KEY} when a cell's key is not among {@code keys}. Each row's cells are walked and
         * each key's position found (the keys are the profile's constants, found by identity at once):
         * looking every column key up in the row instead searched the row's keys twice over for each empty
         * cell. The entries the walk goes through are not kept, and the compiler does not build them.
         */
        private static long[] cents(Table t, String[] keys) {
            List<Row> rows = t.rows();
            int width = keys.length;
            long[] out = (long) rows.size() * width > MAX_CELLS ? null : new long[rows.size() * width];
            if (out != null) {
                Arrays.fill(out, EMPTY);
            }
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Money> rowCells = rows.get(i).cells();
                if (rowCells.isEmpty()) {
                    continue;
                }
                Money[] over = rowCells instanceof Cells c ? c.valuesOver(keys) : null;
                if (over != null) { // laid over the table's keys (a one-sided table's reader does so): by position
                    if (out != null && !centsInto(out, i * width, over)) {
                        out = null; // summed in BigDecimal
                    }
                    continue;
                }
                for (Map.Entry<String, Money> e : rowCells.entrySet()) {
                    int k = Cells.indexIn(keys, e.getKey());
                    if (k < 0) {
                        return NO_KEY;
                    }
                    Money m = e.getValue();
                    if (out == null || m == null) {
                        continue;
                    }
                    BigDecimal v = m.value();
                    if (v.precision() > DIGITS) {
                        out = null; // summed in BigDecimal; the keys are still checked
                        continue;
                    }
                    out[i * width + k] = v.scaleByPowerOfTen(2).longValue(); // scale 2: a whole number of cents
                }
            }
            return out;
        }

        /**
         * Writes a row's amounts (by key position, null where empty) in cents from {@code first} on; false
         * when a figure is too large for exact sums in a long.
         */
        private static boolean centsInto(long[] out, int first, Money[] amounts) {
            for (int k = 0; k < amounts.length; k++) {
                Money m = amounts[k];
                if (m == null) {
                    continue;
                }
                BigDecimal v = m.value();
                if (v.precision() > DIGITS) {
                    return false;
                }
                out[first + k] = v.scaleByPowerOfTen(2).longValue(); // scale 2: a whole number of cents
            }
            return true;
        }

        /** Each row's printed cells by key position, for a table whose figures are not in {@link #cents}. */
        private synchronized Money[][] grid() {
            if (cells == null) {
                Money[][] grid = new Money[table.rows().size()][];
                for (int i = 0; i < grid.length; i++) {
                    grid[i] = cells(i);
                }
                cells = grid;
            }
            return cells;
        }

        public Table table() {
            return table;
        }

        /** The rows whose key is {@code key}, in printed order. */
        public List<Row> withKey(String key) {
            return key == null ? List.of() : byKey().get(key);
        }

        /** The rows printed with {@code code}, in printed order. */
        public List<Row> withCode(String code) {
            return code == null ? List.of() : byCode().get(code);
        }

        private synchronized Grouped byKey() {
            if (byKey == null) {
                byKey = new Grouped(table, Row::key);
            }
            return byKey;
        }

        private synchronized Grouped byCode() {
            if (byCode == null) {
                byCode = new Grouped(table, Row::code);
            }
            return byCode;
        }

        /**
         * The rows by a property, those without it left out: the property's values told apart by a
         * {@link CodeIndex}, and the places of each value's rows one after another in one array. A value's
         * list is made when a rule first asks for it: most values are never asked for, and a list per value
         * (a row alone in an immutable list of its own) was most of what grouping allocated.
         */
        private static final class Grouped {

            private final List<Row> all;
            private final CodeIndex values;
            /** The places of the rows with value id k are {@code places[start[k]]} up to {@code places[start[k + 1]]}, in printed order. */
            private final int[] start;
            private final int[] places;
            /**
             * Each value's rows, made when first asked. Rules may ask from several threads at once: a thread
             * that sees no list yet makes its own (the same rows), and an immutable list (final fields only)
             * is seen whole by any thread that sees it at all, so no lock is needed.
             */
            private final List<Row>[] lists;

            @SuppressWarnings("unchecked")
            Grouped(Table t, Function<Row, String> property) {
                all = t.rows();
                int n = all.size();
                int withValue = 0;
                for (int i = 0; i < n; i++) {
                    withValue += property.apply(all.get(i)) == null ? 0 : 1;
                }
                values = new CodeIndex(withValue);
                int[] ids = new int[n];
                // counted two places on, so that after the running sum and the filling below each
                // value's start is at its own id (no second array of starts to fill from)
                int[] counts = new int[withValue + 2];
                for (int i = 0; i < n; i++) {
                    String p = property.apply(all.get(i));
                    ids[i] = p == null ? -1 : values.add(p);
                    if (ids[i] >= 0) {
                        counts[ids[i] + 2]++;
                    }
                }
                for (int k = 2; k < counts.length; k++) {
                    counts[k] += counts[k - 1];
                }
                places = new int[withValue];
                for (int i = 0; i < n; i++) {
                    if (ids[i] >= 0) {
                        places[counts[ids[i] + 1]++] = i;
                    }
                }
                start = counts;
                lists = new List[values.size()];
            }

            List<Row> get(String value) {
                int id = values.find(value);
                if (id < 0) {
                    return List.of();
                }
                List<Row> rows = lists[id];
                if (rows == null) {
                    rows = rowsOf(id);
                    lists[id] = rows;
                }
                return rows;
            }

            private List<Row> rowsOf(int id) {
                int from = start[id];
                int to = start[id + 1];
                if (to - from == 1) {
                    return List.of(all.get(places[from]));
                }
                Row[] rows = new Row[to - from];
                for (int i = from; i < to; i++) {
                    rows[i - from] = all.get(places[i]);
                }
                return List.of(rows);
            }
        }

        /**
         * The rows at some places of a table, in their order: a kind's rows as a view of its places, not
         * a list of their own (several kinds are never asked for, and the places are kept anyway).
         */
        private static final class RowsAt extends AbstractList<Row> implements RandomAccess {

            private final List<Row> all;
            private final int[] places;

            RowsAt(List<Row> all, int[] places) {
                this.all = all;
                this.places = places;
            }

            @Override
            public Row get(int index) {
                return all.get(places[index]);
            }

            @Override
            public int size() {
                return places.length;
            }
        }

        /** The rows of a kind, in printed order. Do not modify. */
        public List<Row> ofKind(RowKind kind) {
            return byKind[kind.ordinal()];
        }

        /** The places in {@code table().rows()} of the rows of a kind ({@link #ofKind}), in printed order. Do not modify. */
        public int[] placesOf(RowKind kind) {
            return placesByKind[kind.ordinal()];
        }

        /** The table's classification tree, built by the first rule to ask. */
        public synchronized CodeTree tree() {
            if (tree == null) {
                tree = new CodeTree(table);
            }
            return tree;
        }

        /** True when the table has a column with this key. */
        public boolean hasColumn(String key) {
            int i = position(key);
            return i >= 0 && i < columnCount;
        }

        /**
         * The position of a cell key in {@link #cells}, or -1 when no row of the table has such a cell.
         * The keys are the profile's constants, so identity finds them before {@code equals} is tried.
         */
        public int position(String key) {
            return Cells.indexIn(keys, key);
        }

        /**
         * The sum of column {@code at} over {@code cells} (rows' cells as {@link #cells(Row)} gives them),
         * to compare with a total row's printed figure {@code printedTotal}; null when neither the rows
         * nor the total print a figure there (an empty column is not a zero sum).
         */
        public static Money sumAt(Money[][] cells, int at, Money printedTotal) {
            boolean anyPrinted = printedTotal != null;
            BigDecimal sum = BigDecimal.ZERO;
            for (Money[] r : cells) {
                Money m = r[at];
                if (m != null) { // an empty cell adds nothing
                    anyPrinted = true;
                    sum = sum.add(m.value());
                }
            }
            return anyPrinted ? Money.of(sum) : null;
        }

        /** The cell at a {@link #position} of a row's {@link #cells}, null when empty or the position is -1. */
        public static Money at(Money[] cells, int position) {
            return position < 0 ? null : cells[position];
        }

        /**
         * A row of this table's printed cells by {@link #position}, null where the cell is empty:
         * as {@code row.cells().get(key)}. The sum rules look up every cell of every column many times
         * over, and a search of the row's keys per lookup (twice over for an empty cell) was their main
         * cost. Do not modify the array.
         */
        public Money[] cells(Row r) {
            return cells(index(r));
        }

        /**
         * The printed figure of the row at {@code index} at a {@link #position} (null when empty or the
         * position is -1): as {@code cells(index)[position]}, without making the row's array. For findings.
         */
        public Money cell(int index, int position) {
            if (position < 0 || cents != null && cents[index * width + position] == EMPTY) {
                return null; // an empty cell is told by its cents: a row's map searches its keys twice over for a key it lacks
            }
            return table.rows().get(index).cells().get(keys[position]);
        }

        /** The printed cells of the row at {@code index} (its place in {@code table().rows()}), as {@link #cells(Row)}. */
        public Money[] cells(int index) {
            Money[] out = new Money[width]; // made for each call: only a finding asks
            for (Map.Entry<String, Money> e : table.rows().get(index).cells().entrySet()) {
                out[Cells.indexIn(keys, e.getKey())] = e.getValue(); // every key of the table has a position
            }
            return out;
        }

        /** The row's place in {@code table().rows()}. */
        public int index(Row r) {
            List<Row> all = table.rows();
            if (all.size() <= SCANNED) { // the rules ask for a handful of rows: a scan costs less than a map
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i) == r) {
                        return i;
                    }
                }
                throw new IllegalArgumentException("not a row of " + table.id() + ": " + r.label());
            }
            Integer i = placeIndex().get(r);
            if (i == null) {
                throw new IllegalArgumentException("not a row of " + table.id() + ": " + r.label());
            }
            return i;
        }

        private synchronized Map<Row, Integer> placeIndex() {
            if (index == null) {
                List<Row> all = table.rows();
                Map<Row, Integer> places = new IdentityHashMap<>(all.size());
                for (int i = 0; i < all.size(); i++) {
                    places.put(all.get(i), i);
                }
                index = places;
            }
            return index;
        }

        /** The places of rows of this table, as {@link #index(Row)}. */
        public int[] indexes(List<Row> rows) {
            int[] out = new int[rows.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = index(rows.get(i));
            }
            return out;
        }

        /**
         * Whether the figures at position {@code at} of the rows {@code parts} (by {@link #index}) add up to
         * the figure there of the row {@code total} (an empty cell counts as zero), or none of them prints a
         * figure there: as {@link #sumAt} compared with the total, without building an amount for the
         * usual column that agrees. Summed in cents.
         */
        public boolean columnSumAgrees(int[] parts, int at, int total) {
            return columnSumAgrees(parts, 0, parts.length, at, total);
        }

        /** As {@link #columnSumAgrees(int[], int, int)} over {@code parts[from]} up to {@code parts[to]} (exclusive). */
        public boolean columnSumAgrees(int[] parts, int from, int to, int at, int total) {
            if (cents == null) {
                Money[][] cells = grid();
                Money[][] partCells = new Money[to - from][];
                for (int i = from; i < to; i++) {
                    partCells[i - from] = cells[parts[i]];
                }
                Money printed = cells[total][at];
                Money sum = sumAt(partCells, at, printed);
                return sum == null || sum.equals(printed == null ? Money.ZERO : printed);
            }
            long printed = cents[total * width + at];
            boolean anyPrinted = printed != EMPTY;
            long sum = 0;
            for (int i = from; i < to; i++) {
                long c = cents[parts[i] * width + at];
                if (c != EMPTY) { // an empty cell adds nothing
                    anyPrinted = true;
                    sum += c;
                }
            }
            return !anyPrinted || sum == (printed == EMPTY ? 0 : printed);
        }

        /**
         * The sum of the figures at position {@code at} of the rows {@code parts[from]} up to {@code parts[to]}
         * (exclusive), for the finding of a column that does not add up to the row {@code total}: as
         * {@link #sumAt} with the total's printed figure, null when neither the parts nor the total print a
         * figure there. Summed in cents, without an amount object per part.
         */
        public Money columnSum(int[] parts, int from, int to, int at, int total) {
            if (cents == null) {
                Money[][] cells = grid();
                Money[][] partCells = new Money[to - from][];
                for (int i = from; i < to; i++) {
                    partCells[i - from] = cells[parts[i]];
                }
                return sumAt(partCells, at, cells[total][at]);
            }
            boolean anyPrinted = cents[total * width + at] != EMPTY;
            long sum = 0;
            for (int i = from; i < to; i++) {
                long c = cents[parts[i] * width + at];
                if (c != EMPTY) {
                    anyPrinted = true;
                    sum += c;
                }
            }
            return anyPrinted ? Money.ofCents(sum) : null;
        }

        /**
         * Whether, on the row at {@code row}, the figures at the positions {@code parts} add up to the figure
         * at {@code target} (positions may be -1: no such cell; an empty cell counts as zero), or none of
         * them is printed. Summed in cents.
         */
        public boolean rowSumAgrees(int row, int[] parts, int target) {
            if (cents == null) {
                Money[] c = grid()[row];
                Money total = at(c, target);
                boolean anyPrinted = total != null;
                BigDecimal sum = BigDecimal.ZERO;
                for (int p : parts) {
                    Money m = at(c, p);
                    if (m != null) {
                        anyPrinted = true;
                        sum = sum.add(m.value());
                    }
                }
                return !anyPrinted || Money.of(sum).equals(total == null ? Money.ZERO : total);
            }
            int first = row * width;
            long total = target < 0 ? EMPTY : cents[first + target];
            boolean anyPrinted = total != EMPTY;
            long sum = 0;
            for (int p : parts) {
                long v = p < 0 ? EMPTY : cents[first + p];
                if (v != EMPTY) {
                    anyPrinted = true;
                    sum += v;
                }
            }
            return !anyPrinted || sum == (total == EMPTY ? 0 : total);
        }
    }
}
