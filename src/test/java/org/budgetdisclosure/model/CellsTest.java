package org.budgetdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellsTest {

    private static final String[] KEYS = {"total", "basic", "project", "gpb", "fund"};

    /** Cells laid over shared keys with empty cells behave as the map of the printed cells alone, in key order. */
    @Test
    void overSharedKeysIsTheMapOfThePrintedCells() {
        qt().withExamples(500).forAll(lists().of(integers().between(-1, 99_999)).ofSize(KEYS.length)).checkAssert(cents -> {
            Money[] values = new Money[KEYS.length];
            Map<String, Money> expected = new LinkedHashMap<>();
            for (int i = 0; i < KEYS.length; i++) {
                if (cents.get(i) >= 0) { // -1: an empty cell
                    values[i] = Money.ofCents(cents.get(i));
                    expected.put(KEYS[i], values[i]);
                }
            }
            Cells cells = Cells.over(KEYS, values);
            assertThat(cells).isEqualTo(expected).hasSameHashCodeAs(expected);
            assertThat(new ArrayList<>(cells.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
            assertThat(cells.size()).isEqualTo(expected.size());
            assertThat(cells.isEmpty()).isEqualTo(expected.isEmpty());
            assertThat(cells.toString()).isEqualTo(expected.toString());
            for (String k : KEYS) {
                assertThat(cells.get(k)).isEqualTo(expected.get(k));
                assertThat(cells.containsKey(k)).isEqualTo(expected.containsKey(k));
                assertThat(cells.getOrDefault(k, Money.ZERO)).isEqualTo(expected.getOrDefault(k, Money.ZERO));
            }
            assertThat(Cells.copyOf(expected)).isEqualTo(cells);
            assertThat(Cells.copyOf(cells)).isSameAs(cells);
        });
    }

    @Test
    void valuesOverGivesTheAmountsByPositionOnlyForTheSameKeys() {
        Money[] values = {Money.of("1.00"), null, Money.of("2.00"), null, null};
        Cells cells = Cells.over(KEYS, values);
        assertThat(cells.valuesOver(KEYS.clone())).containsExactly(values);
        assertThat(cells.valuesOver(new String[] {"total", "basic", "project", "gpb"})).isNull();
        assertThat(cells.valuesOver(new String[] {"total", "basic", "project", "gpb", "other"})).isNull();
        // a copied map holds the printed cells only: laid over all keys only when every cell is printed
        assertThat(Cells.of(new String[] {"total", "project"}, new Money[] {values[0], values[2]}, 2).valuesOver(KEYS)).isNull();
        assertThat(Cells.of(new String[] {"total", "project"}, new Money[] {values[0], values[2]}, 2)
                .valuesOver(new String[] {"total", "project"})).containsExactly(values[0], values[2]);
    }

    @Test
    void overWithoutAnyAmountIsEmptyAndLengthsMustAgree() {
        assertThat(Cells.over(KEYS, new Money[KEYS.length])).isEmpty();
        assertThatThrownBy(() -> Cells.over(KEYS, new Money[2])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copyOfLeavesOutNullAmounts() {
        Map<String, Money> m = new LinkedHashMap<>();
        m.put("total", Money.of("3.00"));
        m.put("basic", null);
        m.put("project", Money.of("3.00"));
        assertThat(List.copyOf(Cells.copyOf(m).keySet())).containsExactly("total", "project");
    }
}
