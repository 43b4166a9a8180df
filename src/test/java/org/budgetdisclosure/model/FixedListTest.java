package org.budgetdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedListTest {

    /** A FixedList is equal to, hashes and prints as the List.copyOf of the same elements, whatever the starting room. */
    @Test
    void behavesAsTheCopiedList() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 50)).ofSizeBetween(0, 40), integers().between(0, 20))
                .checkAssert((elements, capacity) -> {
                    FixedList.Builder<Integer> b = new FixedList.Builder<>(capacity);
                    elements.forEach(b::add);
                    FixedList<Integer> fixed = b.build();
                    List<Integer> copy = List.copyOf(elements);
                    assertThat(fixed).isEqualTo(copy).hasSameHashCodeAs(copy).hasToString(copy.toString());
                    assertThat(new ArrayList<>(fixed)).isEqualTo(copy);
                    for (int x = 0; x <= 50; x += 7) {
                        assertThat(fixed.indexOf(x)).isEqualTo(copy.indexOf(x));
                        assertThat(fixed.lastIndexOf(x)).isEqualTo(copy.lastIndexOf(x));
                        assertThat(fixed.contains(x)).isEqualTo(copy.contains(x));
                    }
                    assertThatThrownBy(() -> fixed.get(fixed.size())).isInstanceOf(IndexOutOfBoundsException.class);
                });
    }

    @Test
    void cannotChangeNorTakeNullsNorBeBuiltTwice() {
        FixedList.Builder<String> b = new FixedList.Builder<>(2);
        b.add("a").add("b").add("c");
        assertThatThrownBy(() -> b.add(null)).isInstanceOf(NullPointerException.class);
        FixedList<String> list = b.build();
        assertThat(list).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> list.add("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, "d")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.contains(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.add("d")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTableTakesItAsItIs() {
        FixedList.Builder<Row> b = new FixedList.Builder<>(1);
        b.add(new Row(RowKind.TOTAL, null, null, null, "合计", null, "total", true, Cells.copyOf(java.util.Map.of()), null));
        FixedList<Row> rows = b.build();
        Table t = new Table(TableId.T3, 3, "表", null, "万元", List.of(), rows, null, null);
        assertThat(t.rows()).isSameAs(rows);
        assertThat(new Table(TableId.T3, 3, "表", null, "万元", List.of(), new ArrayList<>(rows), null, null).rows()).isEqualTo(rows);
    }
}
