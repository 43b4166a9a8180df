package org.budgetdisclosure.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The amounts of a row by column key, in column order, immutable. A row holds a dozen cells at most,
 * so two parallel arrays searched in order serve better than a hash map: a table's rows are built and
 * summed by the hundred on every read and check, and the column keys are the profile's constants, found
 * by identity before {@code equals} is tried.
 *
 * <p>The keys may be those of all the table's columns, shared by its rows ({@link #over}), with null
 * values where a row's cell is empty: a table reader then builds one array per row, not three, and the
 * checker takes the row's amounts by position as they are ({@link #valuesOver}). An empty cell is no
 * entry of the map either way.
 */
public final class Cells extends AbstractMap<String, Money> {

    private static final Cells EMPTY = new Cells(new String[0], new Money[0], 0);

    private final String[] keys;
    /** The amount under each key, null where the cell is empty. */
    private final Money[] values;
    /** How many values are not null: the map's size. */
    private final int size;
    private Set<Map.Entry<String, Money>> entries;

    private Cells(String[] keys, Money[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    /** The first {@code n} keys and values, in order; the keys must be distinct. The arrays are copied. */
    public static Cells of(String[] keys, Money[] values, int n) {
        return n == 0 ? EMPTY : new Cells(Arrays.copyOf(keys, n), Arrays.copyOf(values, n), n);
    }

    /**
     * The amounts {@code values} under {@code keys}, position by position, null where a cell is empty;
     * the keys must be distinct and as long as the values. Neither array is copied: the keys may be
     * shared by many rows, and neither may be changed afterwards.
     */
    public static Cells over(String[] keys, Money[] values) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException("keys and values differ in length: " + keys.length + " and " + values.length);
        }
        int n = 0;
        for (Money v : values) {
            if (v != null) {
                n++;
            }
        }
        return n == 0 ? EMPTY : new Cells(keys, values, n);
    }

    /**
     * The amounts by position of {@code keys} (null where the cell is empty) when this map is laid over
     * exactly these keys (the same strings in the same order, as {@link #over} built it or every cell
     * printed), else null. The array is the map's own: do not modify it. It spares the checker a lookup
     * per key and an array per row.
     */
    public Money[] valuesOver(String[] keys) {
        String[] mine = this.keys;
        if (mine.length != keys.length) {
            return null;
        }
        for (int i = 0; i < mine.length; i++) {
            if (mine[i] != keys[i] && !mine[i].equals(keys[i])) {
                return null;
            }
        }
        return values;
    }

    /** The map's entries in its iteration order; an entry with a null amount is an empty cell, left out. */
    public static Cells copyOf(Map<String, Money> map) {
        if (map instanceof Cells c) {
            return c;
        }
        int n = map.size();
        if (n == 0) {
            return EMPTY;
        }
        String[] k = new String[n];
        Money[] v = new Money[n];
        int i = 0;
        for (Map.Entry<String, Money> e : map.entrySet()) {
            if (e.getValue() != null) {
                k[i] = e.getKey();
                v[i] = e.getValue();
                i++;
            }
        }
        return i == 0 ? EMPTY : i == n ? new Cells(k, v, n) : new Cells(Arrays.copyOf(k, i), Arrays.copyOf(v, i), i);
    }

    private int indexOf(Object key) {
        return indexIn(keys, key);
    }

    /** The position of {@code key} in {@code keys} (the same string object first: keys are usually shared constants), or -1. */
    public static int indexIn(Object[] keys, Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < keys.length; i++) {
            if (Objects.equals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Money get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Money getOrDefault(Object key, Money defaultValue) {
        int i = indexOf(key);
        return i < 0 || values[i] == null ? defaultValue : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        int i = indexOf(key);
        return i >= 0 && values[i] != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public Set<Map.Entry<String, Money>> entrySet() {
        Set<Map.Entry<String, Money>> e = entries;
        if (e == null) {
            e = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Money>> iterator() {
                    return new Iterator<>() {
                        private int next = skipEmpty(0);

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        public Map.Entry<String, Money> next() {
                            if (next >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next;
                            next = skipEmpty(i + 1);
                            return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
            entries = e;
        }
        return e;
    }

    /**
     * Whether some printed cell holds an amount other than zero: what a walk over {@code values()} tells,
     * read off the array without the views' iterators and an entry per cell (a check asks it of every
     * row of every table).
     */
    public boolean anyNonZero() {
        for (Money v : values) {
            if (v != null && !v.isZero()) {
                return true;
            }
        }
        return false;
    }

    /** The first position from {@code i} on whose cell is printed, or the length. */
    private int skipEmpty(int i) {
        while (i < values.length && values[i] == null) {
            i++;
        }
        return i;
    }

    // AbstractMap's mutators already throw UnsupportedOperationException (put) or go through the entry
    // set's iterator, whose remove is unsupported: the map cannot change.
}
