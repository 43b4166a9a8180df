package org.budgetdisclosure.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

/** {@link Findings#ORDER}, written out by hand, orders findings as the comparator chain it replaced. */
class FindingsOrderTest {

    /** The order as it was first written: the reference. */
    private static final Comparator<Finding> CHAINED = Comparator
            .comparing((Finding f) -> f.at().source(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.at().line(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(f -> f.at().table(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(f -> f.at().row(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(f -> f.at().column(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    @Test
    void ordersAsTheComparatorChain() {
        qt().withExamples(3000).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Finding a = finding(r);
            Finding b = r.nextInt(4) == 0 ? copyOf(a, r) : finding(r);
            assertThat(Integer.signum(Findings.ORDER.compare(a, b))).isEqualTo(Integer.signum(CHAINED.compare(a, b)));
        });
    }

    @Test
    void sortsAListAsTheComparatorChain() {
        Random r = new Random(7);
        List<Finding> list = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            list.add(finding(r));
        }
        List<Finding> expected = new ArrayList<>(list);
        expected.sort(CHAINED);
        List<Finding> actual = new ArrayList<>(list);
        actual.sort(Findings.ORDER);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /** Few values per field, nulls included, so that ties reach the later keys. */
    private static Finding finding(Random r) {
        Location at = new Location(pick(r, null, "a.txt", "b.txt"), pick(r, null, 3, 12, 40), null,
                pick(r, null, TableId.T1, TableId.T3, TableId.T12), pick(r, null, "", "201 一般公共服务支出", "合计"),
                pick(r, null, "总计", "基本支出"), null);
        return new Finding(pick(r, "ROW-SUM", "TREE-SUM", "BALANCE"), Severity.ERROR, at, List.of(),
                pick(r, "甲", "乙", "a"), null, null, null, null);
    }

    /** The same place, the rule or message perhaps changed. */
    private static Finding copyOf(Finding f, Random r) {
        return new Finding(r.nextBoolean() ? f.rule() : pick(r, "ROW-SUM", "TREE-SUM"), f.severity(), f.at(), List.of(),
                r.nextBoolean() ? f.message() : pick(r, "甲", "乙"), null, null, null, null);
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }
}
