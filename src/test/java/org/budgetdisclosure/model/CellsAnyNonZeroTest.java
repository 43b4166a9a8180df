package org.budgetdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Cells#anyNonZero} tells what a walk over the map's values tells. */
class CellsAnyNonZeroTest {

    private static final Money[] AMOUNTS = {null, Money.ZERO, Money.of("0.00"), Money.of("-0.00"), Money.of("0.01"), Money.of("-3.20"), Money.of("1,229.70")};

    @Test
    void asTheWalkOverTheValues() {
        qt().withExamples(5000).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            int n = r.nextInt(6);
            String[] keys = new String[n];
            Money[] values = new Money[n];
            Map<String, Money> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                keys[i] = "c" + i;
                values[i] = AMOUNTS[r.nextInt(AMOUNTS.length)];
                map.put(keys[i], values[i]);
            }
            for (Cells c : new Cells[] {Cells.over(keys, values), Cells.copyOf(map)}) {
                boolean walked = false;
                for (Money m : c.values()) {
                    walked |= !m.isZero();
                }
                assertThat(c.anyNonZero()).as("%s", c).isEqualTo(walked);
            }
        });
    }

    @Test
    void examples() {
        assertThat(Cells.over(new String[] {"a", "b"}, new Money[] {null, Money.ZERO}).anyNonZero()).isFalse();
        assertThat(Cells.over(new String[] {"a", "b"}, new Money[] {Money.ZERO, Money.of("0.01")}).anyNonZero()).isTrue();
    }
}
