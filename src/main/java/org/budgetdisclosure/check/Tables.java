package org.budgetdisclosure.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

        private final Table table;
        private final Optional<Table> optional;
        /** Built when first asked: several tables are never looked up by key or code. */
        private Map<String, List<Row>> byKey;
        private Map<String, List<Row>> byCode;
        private final Map<RowKind, List<Row>> byKind = new EnumMap<>(RowKind.class);
        /** The distinct column keys in printed order, then any other cell keys: the positions of {@link #cells}. */
        private final String[] keys;
        private final int columnCount;
        /** Each row's printed cells by key position (null where empty). */
        private final Map<Row, Money[]> cells;

        Rows(Table t) {
            this.table = t;
            this.optional = Optional.of(t);
            for (Row r : t.rows()) {
                if (r.kind() != null) {
                    byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
                }
            }
            List<String> distinct = new ArrayList<>(t.columns().size());
            for (Column c : t.columns()) {
                if (!distinct.contains(c.key())) {
                    distinct.add(c.key());
                }
            }
            columnCount = distinct.size();
            String[] columnKeys = distinct.toArray(new String[0]);
            Map<Row, Money[]> grid = grid(t, columnKeys);
            if (grid == null) { // a cell outside the columns (a hand-made table): it gets a position too
                for (Row r : t.rows()) {
                    for (String k : r.cells().keySet()) {
                        if (!distinct.contains(k)) {
                            distinct.add(k);
                        }
                    }
                }
                columnKeys = distinct.toArray(new String[0]);
                grid = grid(t, columnKeys);
            }
            keys = columnKeys;
            cells = grid;
        }

        /** Each row's cells by position in {@code keys}; null when a cell's key is not among them. */
        private static Map<Row, Money[]> grid(Table t, String[] keys) {
            Map<Row, Money[]> grid = new IdentityHashMap<>(t.rows().size() * 2);
            for (Row r : t.rows()) {
                Money[] byPosition = new Money[keys.length];
                for (Map.Entry<String, Money> e : r.cells().entrySet()) {
                    int i = Cells.indexIn(keys, e.getKey());
                    if (i < 0) {
                        return null;
                    }
                    byPosition[i] = e.getValue();
                }
                grid.put(r, byPosition);
            }
            return grid;
        }

        public Table table() {
            return table;
        }

        /** The rows whose key is {@code key}, in printed order. */
        public synchronized List<Row> withKey(String key) {
            if (byKey == null) {
                byKey = index(table, Row::key);
            }
            return byKey.getOrDefault(key, List.of());
        }

        /** The rows printed with {@code code}, in printed order. */
        public synchronized List<Row> withCode(String code) {
            if (byCode == null) {
                byCode = index(table, Row::code);
            }
            return byCode.getOrDefault(code, List.of());
        }

        /** The rows by a property, those without it left out. */
        private static Map<String, List<Row>> index(Table t, Function<Row, String> property) {
            Map<String, List<Row>> out = new HashMap<>(t.rows().size() * 2);
            for (Row r : t.rows()) {
                String p = property.apply(r);
                if (p != null) {
                    out.computeIfAbsent(p, k -> new ArrayList<>(2)).add(r);
                }
            }
            return out;
        }

        /** The rows of a kind, in printed order. */
        public List<Row> ofKind(RowKind kind) {
            return byKind.getOrDefault(kind, List.of());
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
            Money[] c = cells.get(r);
            if (c == null) {
                throw new IllegalArgumentException("not a row of " + table.id() + ": " + r.label());
            }
            return c;
        }
    }
}
