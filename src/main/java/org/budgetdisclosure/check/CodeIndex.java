package org.budgetdisclosure.check;

/**
 * Dense ids (0, 1, 2 … in order of adding) for distinct codes, found by the code or by the start of a
 * longer one without building that start as a String. The tree rules look up every row's parent code
 * (the code less two digits): a substring and a HashMap entry per row were most of what they allocated.
 * Open addressing over one int array; filled by one thread, then only read.
 */
public final class CodeIndex {

    /**
     * The inverse of 31 modulo 2³²: {@link String#hashCode} is h·31 + c per character, so the hash of a
     * string less its last character c is (h − c)·INVERSE_31, exactly, in wrapping int arithmetic.
     */
    private static final int INVERSE_31 = inverse(31);

    private final String[] codes;
    /** Per slot: id + 1 of the code hashed there, 0 for an empty slot. */
    private final int[] slots;
    private final int mask;
    private int size;

    /** An index for at most {@code capacity} distinct codes. */
    public CodeIndex(int capacity) {
        codes = new String[Math.max(capacity, 1)];
        // a power of two, at least one and a half times the capacity: at most two thirds full, where a probe
        // finds a code in two steps on average; twice the capacity doubled the array for hardly fewer steps
        int n = Integer.highestOneBit(Math.max(capacity + (capacity >> 1), 2) - 1) << 1;
        slots = new int[n];
        mask = n - 1;
    }

    /** The id of {@code code}, given it now if it is new. */
    public int add(String code) {
        int slot = mix(code.hashCode()) & mask;
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

    /**
     * The hash of the first {@code length} characters of {@code s}: its {@link String#hashCode} (which the
     * string keeps once worked out, so each code of a document is hashed once, not once per index and
     * rule) less its last characters, taken off one by one. The tree rules ask for a code less two digits.
     */
    private static int hash(String s, int length) {
        int h = s.hashCode();
        for (int i = s.length() - 1; i >= length; i--) {
            h = (h - s.charAt(i)) * INVERSE_31;
        }
        return mix(h);
    }

    /** Spreads the high bits into the low ones the slot mask keeps. */
    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    /** The inverse of an odd {@code a} modulo 2³² (Newton's iteration; each step doubles the correct low bits). */
    private static int inverse(int a) {
        int x = a; // a·a ≡ 1 (mod 8) for any odd a: three correct bits
        for (int i = 0; i < 4; i++) {
            x *= 2 - a * x;
        }
        return x;
    }
}
