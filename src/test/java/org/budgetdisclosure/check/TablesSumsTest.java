package org.budgetdisclosure.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.budgetdisclosure.model.Cells;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

/**
 * The sums in cents of {@link Tables.Rows} hold to the BigDecimal sums the rules used before
 * ({@link Tables.Rows#sumAt} compared with the printed total, an empty cell counting as zero and an
 * all-empty column agreeing), including tables with a figure too large for cents, whether the rows'
 * cells are maps of their own or laid over the table's keys ({@link Cells#over}).
 */
class TablesSumsTest {

    private static final String[] KEYS = {"total", "a", "b", "c"};

    @Test
    void columnSumsInCentsAgreeWithBigDecimalSums() {
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Tables.Rows rows = rows(random);
            int n = rows.table().rows().size();
            int total = random.nextInt(n);
            int[] parts = randomRows(random, n);
            for (int at = 0; at < KEYS.length; at++) {
                Money[][] cells = new Money[parts.length][];
                for (int i = 0; i < parts.length; i++) {
                    cells[i] = rows.cells(parts[i]);
                }
                Money printed = rows.cells(total)[at];
                Money sum = Tables.Rows.sumAt(cells, at, printed);
                boolean expected = sum == null || sum.equals(printed == null ? Money.ZERO : printed);
                assertThat(rows.columnSumAgrees(parts, at, total)).as("seed %d column %d", seed, at).isEqualTo(expected);
            }
        });
    }

    @Test
    void rowSumsInCentsAgreeWithBigDecimalSums() {
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Tables.Rows rows = rows(random);
            int[] parts = {rows.position("a"), rows.position("b"), rows.position("c"), rows.position("none")};
            int target = rows.position("total");
            for (int r = 0; r < rows.table().rows().size(); r++) {
                Money[] cells = rows.cells(r);
                Money total = Tables.Rows.at(cells, target);
                boolean any = total != null;
                BigDecimal sum = BigDecimal.ZERO;
                for (int p : parts) {
                    Money m = Tables.Rows.at(cells, p);
                    if (m != null) {
                        any = true;
                        sum = sum.add(m.value());
                    }
                }
                boolean expected = !any || Money.of(sum).equals(total == null ? Money.ZERO : total);
                assertThat(rows.rowSumAgrees(r, parts, target)).as("seed %d row %d", seed, r).isEqualTo(expected);
            }
        });
    }

    @Test
    void columnSumForAFindingIsTheBigDecimalSum() {
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Tables.Rows rows = rows(random);
            int n = rows.table().rows().size();
            int total = random.nextInt(n);
            int[] parts = randomRows(random, n);
            int from = parts.length == 0 ? 0 : random.nextInt(parts.length);
            for (int at = 0; at < KEYS.length; at++) {
                Money[][] cells = new Money[parts.length - from][];
                for (int i = from; i < parts.length; i++) {
                    cells[i - from] = rows.cells(parts[i]);
                }
                Money expected = Tables.Rows.sumAt(cells, at, rows.cells(total)[at]);
                assertThat(rows.columnSum(parts, from, parts.length, at, total)).as("seed %d column %d", seed, at).isEqualTo(expected);
            }
        });
    }

    @Test
    void cellsOfARowAreItsCellsByPosition() {
        qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
            Tables.Rows rows = rows(new Random(seed));
            for (int r = 0; r < rows.table().rows().size(); r++) {
                Row row = rows.table().rows().get(r);
                Money[] cells = rows.cells(r);
                assertThat(rows.cells(row)).containsExactly(cells);
                for (String key : KEYS) {
                    assertThat(Tables.Rows.at(cells, rows.position(key))).as("seed %d row %d %s", seed, r, key).isEqualTo(row.cells().get(key));
                    assertThat(rows.cell(r, rows.position(key))).as("seed %d row %d %s", seed, r, key).isEqualTo(row.cells().get(key));
                }
            }
        });
    }

    /** {@link Tables.Rows#cell} (which tells an empty cell by its cents) is the row's own cell, whatever the cells hold. */
    @Test
    void cellIsTheRowsOwnCell() {
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Tables.Rows rows = rows(new Random(seed));
            List<Row> all = rows.table().rows();
            for (int i = 0; i < all.size(); i++) {
                for (String key : KEYS) {
                    assertThat(rows.cell(i, rows.position(key))).isSameAs(all.get(i).cells().get(key));
                }
                assertThat(rows.cell(i, rows.position("none"))).isNull();
            }
        });
    }

    /** A table of random rows: cells empty, zero, small, or now and then too large for cents; totals often the exact sum. */
    private static Tables.Rows rows(Random random) {
        boolean huge = random.nextInt(8) == 0;
        boolean laidOver = random.nextBoolean(); // cells over the table's keys, as a table reader lays them
        String[] shared = KEYS.clone();
        List<Row> rows = new ArrayList<>();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            Map<String, Money> cells = new LinkedHashMap<>();
            long partSum = 0;
            for (int k = 1; k < KEYS.length; k++) {
                Money m = figure(random, huge);
                if (m != null) {
                    cells.put(KEYS[k], m);
                    partSum += m.value().precision() > 15 ? 0 : m.value().movePointRight(2).longValueExact();
                }
            }
            int kind = random.nextInt(3);
            Money total = kind == 0 ? figure(random, huge) : kind == 1 ? Money.ofCents(partSum) : Money.ofCents(partSum + 1);
            Map<String, Money> ordered = new LinkedHashMap<>();
            if (total != null) {
                ordered.put("total", total);
            }
            ordered.putAll(cells);
            Map<String, Money> rowCells = ordered;
            if (laidOver) {
                Money[] values = new Money[shared.length];
                for (int k = 0; k < shared.length; k++) {
                    values[k] = ordered.get(shared[k]);
                }
                rowCells = Cells.over(shared, values);
            }
            rows.add(new Row(RowKind.ITEM, null, null, null, "行" + i, null, "r" + i, false, rowCells, null));
        }
        List<Column> columns = new ArrayList<>();
        for (String k : KEYS) {
            columns.add(new Column(k, k, null));
        }
        Table t = new Table(TableId.T2, 2, "表", null, "万元", columns, rows, null, null);
        return new Tables.Rows(t);
    }

    private static Money figure(Random random, boolean huge) {
        return switch (random.nextInt(huge ? 5 : 4)) {
            case 0 -> null;
            case 1 -> Money.ZERO;
            case 2 -> Money.ofCents(random.nextInt(200_000) - 1_000);
            case 3 -> Money.ofCents(random.nextInt(50));
            default -> Money.of(new BigDecimal("1234567890123456.78").multiply(BigDecimal.valueOf(1 + random.nextInt(3))));
        };
    }

    /** Up to n row positions below n, repeats allowed: the parts a sum rule may name. */
    private static int[] randomRows(Random random, int n) {
        int[] parts = new int[random.nextInt(n + 1)];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = random.nextInt(n);
        }
        return parts;
    }
}
