package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.budgetdisclosure.model.ClassificationCode;
import org.budgetdisclosure.model.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A table reader reads a line's cells as ranges of its text ({@link LineCells}): every cell, and every
 * answer read from it in place (an amount, a blank, a code at its start, a row's label), must be what
 * the cell cut into a string of its own ({@link SourceLine#cell}) gives.
 */
class LineCellsTest {

    private static final String[] PIECES = {"\t", "\t\t", " ", "  ", "\u3000", "\u00a0", "\uFEFF", "#", "- ", "<b>", "</b>", "<p>",
        "**", "*", "<x>", "表", "201", "03", "01", "2010301", "30231", "12345", "1", "1, 229. 70", "963.77", "64", "1,229.70", "-5.1",
        "－ 963． 7", "１２", "万元", ".", ",", "行政运行", "其他政府办公厅（室）及相关机 构事务支出", "合计", "a", "\u0085", "\u2028", "\r"};

    private static Gen<String> lines() {
        return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 14).map(ix -> {
            StringBuilder b = new StringBuilder();
            ix.forEach(i -> b.append(PIECES[i]));
            return b.toString();
        });
    }

    @Test
    void readsEveryCellInPlaceAsItsStringReads() {
        LineCells cells = new LineCells();
        qt().withExamples(50_000).forAll(lines()).checkAssert(raw -> {
            SourceLine l = SourceLine.of(7, raw);
            cells.cut(l);
            int width = Math.max(cells.count(), l.cells().size()) + 2;
            boolean allEmpty = true;
            for (int k = 0; k < width; k++) {
                String c = l.cell(k);
                allEmpty &= c.isEmpty();
                assertThat(cells.cell(k)).as(raw + " › " + k).isEqualTo(c);
                assertThat(cells.isEmpty(k)).as(raw + " › " + k).isEqualTo(c.isEmpty());
                assertThat(cells.startsWithCode(k)).as(raw + " › " + k).isEqualTo(DigitRuns.startsWithCode(c));
                if (k < cells.count()) {
                    String t = cells.text(k);
                    int f = cells.from(k);
                    int to = cells.to(k);
                    assertThat(Money.parseOrNull(t, f, to)).as(raw + " › " + k).isEqualTo(Money.parseOrNull(c));
                    assertThat(Money.isAmount(t, f, to)).as(raw + " › " + k).isEqualTo(Money.isAmount(c));
                    assertThat(Money.isBlank(t, f, to)).as(raw + " › " + k).isEqualTo(Money.isBlank(c));
                }
            }
            assertThat(cells.allEmpty()).as(raw).isEqualTo(allEmpty);
        });
    }

    @Test
    void recallsKeptLinesAsTheyWereCut() {
        qt().withExamples(5_000).forAll(lists().of(lines()).ofSizeBetween(1, 40), integers().between(0, 1 << 20))
                .checkAssert((raws, keepMask) -> {
                    LineCells cells = new LineCells();
                    java.util.List<SourceLine> keptLines = new java.util.ArrayList<>();
                    for (int i = 0; i < raws.size(); i++) {
                        SourceLine l = SourceLine.of(i + 1, raws.get(i));
                        cells.cut(l);
                        if ((keepMask >> (i % 20) & 1) == 1 || i % 3 == 0) {
                            assertThat(cells.keep()).isEqualTo(keptLines.size());
                            keptLines.add(l);
                        }
                    }
                    for (int k = keptLines.size() - 1; k >= 0; k--) { // in any order
                        SourceLine l = keptLines.get(k);
                        cells.recall(k, l);
                        int width = Math.max(cells.count(), l.cells().size()) + 2;
                        for (int c = 0; c < width; c++) {
                            assertThat(cells.cell(c)).as(l.raw() + " › " + c).isEqualTo(l.cell(c));
                            assertThat(cells.isEmpty(c)).as(l.raw() + " › " + c).isEqualTo(l.cell(c).isEmpty());
                        }
                    }
                });
    }

    @Test
    void readsARowLabelInPlaceAsFromItsCells() {
        LineCells cells = new LineCells();
        RowLabel.Reader inPlace = new RowLabel.Reader();
        RowLabel.Reader fromStrings = new RowLabel.Reader();
        int[][] layouts = {{0}, {0, 1}, {0, 1, 2, 3}, {2, 0}, {1, 3, 4}};
        qt().withExamples(20_000).forAll(lines(), integers().between(0, layouts.length - 1)).checkAssert((raw, li) -> {
            int[] positions = layouts[li];
            SourceLine l = SourceLine.of(7, raw);
            String[] strings = new String[positions.length];
            for (int i = 0; i < positions.length; i++) {
                strings[i] = l.cell(positions[i]);
            }
            for (ClassificationCode.Scheme scheme : ClassificationCode.Scheme.values()) {
                inPlace.read(cells.cut(l), positions, scheme);
                fromStrings.read(strings, strings.length, scheme);
                assertThat(inPlace.code).as(raw).isEqualTo(fromStrings.code);
                assertThat(inPlace.name).as(raw).isEqualTo(fromStrings.name);
                assertThat(inPlace.badCode).as(raw).isEqualTo(fromStrings.badCode);
            }
        });
    }

    @Test
    void readsTheSampleRowsAsBefore() {
        SourceLine l = SourceLine.of(1, "<b>一、本年收入</b>\t<b>1, 229. 70</b>\t201 一般公共服务支出\t963. 77");
        LineCells cells = new LineCells().cut(l);
        assertThat(cells.count()).isEqualTo(4);
        assertThat(cells.cell(0)).isEqualTo("一、本年收入");
        assertThat(Money.parseOrNull(cells.text(1), cells.from(1), cells.to(1))).isEqualTo(Money.of("1229.70"));
        assertThat(cells.startsWithCode(2)).isTrue();
        assertThat(Money.parseOrNull(cells.text(3), cells.from(3), cells.to(3))).isEqualTo(Money.of("963.77"));
    }
}
