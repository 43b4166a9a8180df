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
 */
public final class Cells extends AbstractMap<String, Money> {

    private static final Cells EMPTY = new Cells(new String[0], new Money[0]);

    private final String[] keys;
    private final Money[] values;
    private Set<Map.Entry<String, Money>> entries;

    private Cells(String[] keys, Money[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The first {@code n} keys and values, in order; the keys must be distinct. The arrays are copied. */
    public static Cells of(String[] keys, Money[] values, int n) {
        return n == 0 ? EMPTY : new Cells(Arrays.copyOf(keys, n), Arrays.copyOf(values, n));
    }

    /** The map's entries in its iteration order. */
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
            k[i] = e.getKey();
            v[i] = e.getValue();
            i++;
        }
        return new Cells(k, v);
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
        return i < 0 ? defaultValue : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean isEmpty() {
        return keys.length == 0;
    }

    @Override
    public Set<Map.Entry<String, Money>> entrySet() {
        Set<Map.Entry<String, Money>> e = entries;
        if (e == null) {
            e = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Money>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        public Map.Entry<String, Money> next() {
                            if (next >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
            entries = e;
        }
        return e;
    }

    // AbstractMap's mutators already throw UnsupportedOperationException (put) or go through the entry
    // set's iterator, whose remove is unsupported: the map cannot change.
}
