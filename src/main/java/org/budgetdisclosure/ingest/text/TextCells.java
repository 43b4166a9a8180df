package org.budgetdisclosure.ingest.text;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The cells of a line as an unmodifiable list over the array they were cut into, its first {@code size}
 * elements: {@link SourceLine#cells} is asked for every table row, and {@code List.of(array)} copied the
 * array (and a shorter copy was made first to drop the trailing empty cells).
 */
final class TextCells extends AbstractList<String> implements RandomAccess {

    private final String[] cells;
    private final int size;

    /** The first {@code size} elements of {@code cells}, which no one may change afterwards. */
    TextCells(String[] cells, int size) {
        this.cells = cells;
        this.size = size;
    }

    @Override
    public String get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
        return cells[index];
    }

    @Override
    public int size() {
        return size;
    }
}
