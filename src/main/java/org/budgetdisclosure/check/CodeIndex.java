package org.budgetdisclosure.check;

/**
 * Dense ids (0, 1, 2 … in order of adding) for distinct codes, found by the code or by the start of a
 * longer one without building that start as a String. The tree rules look up every row's parent code
 * (the code less two digits): a substring and a HashMap entry per row were most of what they allocated.
 * Open addressing over one int array; filled by one thread, then only read.
 */
public final class CodeIndex {

    private final String[] codes;
    /** Per slot: id + 1 of the code hashed there, 0 for an empty slot. */
    private final int[] slots;
    private final int mask;
    private int size;

    /** An index for at most {@code capacity} distinct codes. */
    public CodeIndex(int capacity) {
        codes = new String[Math.max(capacity, 1)];
        int n = Integer.highestOneBit(Math.max(capacity, 2) * 2 - 1) << 1; // a power of two, at least twice the capacity
        slots = new int[n];
        mask = n - 1;
    }

    /** The id of {@code code}, given it now if it is new. */
    public int add(String code) {
        int slot = hash(code, code.length()) & mask;
        while (slots[slot] != 0) {
            int id = slots[slot] - 1;
            if (codes[id].equals(code)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        if (size == codes.length) {
            throw new IllegalStateException("more codes than the capacity " + codes.length);
        }
        codes[size] = code;
        slots[slot] = ++size;
        return size - 1;
    }

    /** The id of {@code code}, or -1. */
    public int find(String code) {
        return find(code, code.length());
    }

    /** The id of the first {@code length} characters of {@code s} as a code, or -1. */
    public int find(String s, int length) {
        int slot = hash(s, length) & mask;
        while (slots[slot] != 0) {
            String c = codes[slots[slot] - 1];
            if (c.length() == length && s.startsWith(c)) {
                return slots[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** How many codes have an id. */
    public int size() {
        return size;
    }

    /** The code with this id. */
    public String code(int id) {
        if (id >= size) {
            throw new IndexOutOfBoundsException(id);
        }
        return codes[id];
    }

    private static int hash(String s, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
