package org.budgetdisclosure.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Disclosure;
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
        private final Map<String, List<Row>> byKey = new HashMap<>();
        private final Map<String, List<Row>> byCode = new HashMap<>();
        private final Map<RowKind, List<Row>> byKind = new EnumMap<>(RowKind.class);
        private final Map<String, Column> columns = new HashMap<>();

        Rows(Table t) {
            this.table = t;
            this.optional = Optional.of(t);
            for (Row r : t.rows()) {
                if (r.key() != null) {
                    byKey.computeIfAbsent(r.key(), k -> new ArrayList<>(2)).add(r);
                }
                if (r.code() != null) {
                    byCode.computeIfAbsent(r.code(), k -> new ArrayList<>(2)).add(r);
                }
                if (r.kind() != null) {
                    byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
                }
            }
            for (Column c : t.columns()) {
                columns.putIfAbsent(c.key(), c);
            }
        }

        public Table table() {
            return table;
        }

        /** The rows whose key is {@code key}, in printed order. */
        public List<Row> withKey(String key) {
            return byKey.getOrDefault(key, List.of());
        }

        /** The rows printed with {@code code}, in printed order. */
        public List<Row> withCode(String code) {
            return byCode.getOrDefault(code, List.of());
        }

        /** The rows of a kind, in printed order. */
        public List<Row> ofKind(RowKind kind) {
            return byKind.getOrDefault(kind, List.of());
        }

        /** True when the table has a column with this key. */
        public boolean hasColumn(String key) {
            return columns.containsKey(key);
        }
    }
}
