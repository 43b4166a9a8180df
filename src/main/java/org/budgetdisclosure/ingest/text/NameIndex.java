package org.budgetdisclosure.ingest.text;

/**
 * Names to the values printed under them (the codes of a classification, or a project's name), found by
 * the name's {@link Texts#nameKey}, for {@link SubjectResolver}. An open-addressing table of the names as
 * printed, hashed and compared through {@link Texts#keyChar} character by character: no key string is made
 * for a name, nor a map node and a list for each, and a name is looked up where it lies in a longer text
 * (“…（类）…（款）…” chains) without being cut out of it.
 *
 * <p>Filled once by the resolver that makes it, then only read; it is no more thread-safe than a map.
 */
final class NameIndex {

    /** The first name printed for each key, by slot; null for an empty slot. */
    private final String[] names;
    /** The values of each slot's key, distinct, in the order added: a String for one, a String[] for more. */
    private final Object[] values;

    /** An index with room for {@code expected} names without growing (a table of them all is an upper bound). */
    NameIndex(int expected) {
        int capacity = 8;
        while (capacity < 2 * expected) {
            capacity <<= 1;
        }
        names = new String[capacity];
        values = new Object[capacity];
    }

    /** Adds {@code value} under the key of {@code name}, unless that key has it already. */
    void add(String name, String value) {
        int slot = slot(name, 0, name.length());
        Object v = values[slot];
        if (v == null) {
            names[slot] = name;
            values[slot] = value;
        } else if (v instanceof String one) {
            if (!one.equals(value)) {
                values[slot] = new String[] {one, value};
            }
        } else {
            String[] several = (String[]) v;
            for (String s : several) {
                if (s.equals(value)) {
                    return;
                }
            }
            String[] more = java.util.Arrays.copyOf(several, several.length + 1);
            more[several.length] = value;
            values[slot] = more;
        }
    }

    /**
     * The values of the name whose key is {@code key[from, to)} ({@code key} a name key, or any text: it is
     * read through {@link Texts#keyChar} too): null for none, else a String or a String[], read with
     * {@link #count} and {@link #value}.
     */
    Object find(String key, int from, int to) {
        return values[slot(key, from, to)];
    }

    /** {@link #find} of the whole of {@code key}. */
    Object find(String key) {
        return find(key, 0, key.length());
    }

    static int count(Object values) {
        return values == null ? 0 : values instanceof String ? 1 : ((String[]) values).length;
    }

    static String value(Object values, int i) {
        return values instanceof String one ? one : ((String[]) values)[i];
    }

    /** The slot of the key of {@code s[from, to)}: where it is, or the empty slot where it would go. */
    private int slot(String s, int from, int to) {
        int mask = names.length - 1;
        for (int i = hash(s, from, to) & mask; ; i = (i + 1) & mask) {
            String name = names[i];
            if (name == null || sameKey(name, s, from, to)) {
                return i;
            }
        }
    }

    /** {@link String#hashCode} of the key of {@code s[from, to)}, spread over the low bits. */
    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            int k = Texts.keyChar(s.charAt(i));
            if (k >= 0) {
                h = 31 * h + k;
            }
        }
        return h ^ (h >>> 16);
    }

    /** True when {@code name} and {@code s[from, to)} have the same key. */
    private static boolean sameKey(String name, String s, int from, int to) {
        int i = 0;
        int n = name.length();
        int j = from;
        while (true) {
            int a = -1;
            while (i < n && (a = Texts.keyChar(name.charAt(i))) < 0) {
                i++;
            }
            int b = -1;
            while (j < to && (b = Texts.keyChar(s.charAt(j))) < 0) {
                j++;
            }
            if (i == n || j == to) {
                return i == n && j == to;
            }
            if (a != b) {
                return false;
            }
            i++;
            j++;
        }
    }
}
