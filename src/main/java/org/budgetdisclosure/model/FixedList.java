package org.budgetdisclosure.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list filled once by its {@link Builder} and handed over without a copy: a reader that
 * gathers a table's rows in an ArrayList had them copied again by {@link List#copyOf} into the model,
 * which takes a FixedList as it is. It behaves as the lists {@code List.copyOf} makes: no nulls (asking
 * for one throws), every change throws.
 *
 * @param <E> the elements
 */
public final class FixedList<E> extends AbstractList<E> implements RandomAccess {

    private final Object[] elements;
    private final int size;

    private FixedList(Object[] elements, int size) {
        this.elements = elements;
        this.size = size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) elements[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int indexOf(Object o) {
        Objects.requireNonNull(o); // as List.copyOf's lists
        return super.indexOf(o);
    }

    @Override
    public int lastIndexOf(Object o) {
        Objects.requireNonNull(o);
        return super.lastIndexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** Gathers the elements; {@link #build} hands its array over to the list, after which it takes no more. */
    public static final class Builder<E> {

        private Object[] elements;
        private int size;

        /** A builder with room for {@code capacity} elements to start with (it grows as needed). */
        public Builder(int capacity) {
            elements = new Object[Math.max(capacity, 1)];
        }

        public Builder<E> add(E e) {
            Objects.requireNonNull(e);
            if (elements == null) {
                throw new IllegalStateException("the list is built already");
            }
            if (size == elements.length) {
                elements = Arrays.copyOf(elements, size * 2);
            }
            elements[size++] = e;
            return this;
        }

        public int size() {
            return size;
        }

        /** The list of the elements added, in order; the builder's array becomes the list's, so the builder is spent. */
        public FixedList<E> build() {
            if (elements == null) {
                throw new IllegalStateException("the list is built already");
            }
            FixedList<E> list = new FixedList<>(elements, size);
            elements = null;
            return list;
        }
    }
}
