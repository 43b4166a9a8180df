package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link TargetCells} cuts and joins the cells of a target table row by hand; what {@link SourceLine}
 * cuts and {@link Texts#joinCjk} joins remains the specification, cell by cell, over lines built from
 * the pieces rows are printed with (markup, odd spaces, heading and list markers included).
 */
class TargetCellsTest {

    private static final String[] TOKENS = {"\t", "\t", "\t", " ", "  ", "\u3000", "\u00a0", "\u2003", "<b>", "</b>", "<p>", "</p>",
        "<strong>", "<br />", "< b>", "<b \t>", "<b", ">", "/", "**", "*", "<", "中", "文", "指标", "a", "b", "p", "1", "0.00", "1,229.69",
        "#", "## ", "- ", "-", "--", ":", "（", "）", "\uFEFF", "“", "年"};

    private static Gen<String> lines() {
        return TokenTexts.joined(TOKENS, 14);
    }

    @Test
    void cellsAsSourceLineCutsThemAndJoinCjkJoinsThem() {
        qt().withExamples(60_000).forAll(lines()).checkAssert(raw -> {
            SourceLine line = SourceLine.of(1, raw);
            String[] cells = TargetCells.of(line);
            int n = Math.max(cells.length, line.cells().size());
            for (int i = 0; i <= n; i++) {
                String mine = i < cells.length ? cells[i] : "";
                assertThat(mine).as("cell %d of [%s]", i, raw).isEqualTo(Texts.joinCjk(line.cell(i)));
            }
        });
    }

    @Test
    void cellsSharedWithTheRowAboveAreTheSameText() {
        qt().withExamples(30_000).forAll(lines(), lines()).checkAssert((a, b) -> {
            String[] above = TargetCells.of(SourceLine.of(1, a));
            assertThat(TargetCells.of(SourceLine.of(2, b), above)).as("[%s] under [%s]", b, a)
                    .containsExactly(TargetCells.of(SourceLine.of(2, b)));
        });
        String[] above = TargetCells.of(SourceLine.of(1, "\t计划标准\t工作资料"));
        String[] row = TargetCells.of(SourceLine.of(2, "x\t 计划标准\t工作 资料"), above);
        assertThat(row[1]).isSameAs(above[1]);
        assertThat(row[2]).isEqualTo("工作资料");
    }

    /** Labels and their near misses, among the pieces a line is printed with. */
    private static final String[] LABEL_TOKENS = {"\t", "\t", " ", "\u3000", "\u00a0", "\u2003", "\n", "<b>", "</b>", "<p>", "**", "*", "<",
        "合计", "其中", "：", ":", "（", "）", "(", ")", "部门名称", "盖章", "其他", "资金", "财政拨款", "1,229.69", "a", "#", "- ", "-", "\uFEFF"};

    @Test
    void rowLooksAtEachCellAsItsTextReads() {
        qt().withExamples(60_000).forAll(TokenTexts.joined(LABEL_TOKENS, 14)).checkAssert(raw -> {
            SourceLine line = SourceLine.of(1, raw);
            String[] cells = TargetCells.of(line);
            TargetCells.Row row = new TargetCells.Row().reset(line);
            TargetFields.KeyBuffer key = new TargetFields.KeyBuffer();
            assertThat(row.size()).as(raw).isEqualTo(cells.length);
            for (int k = 0; k <= cells.length; k++) {
                String cell = k < cells.length ? cells[k] : "";
                assertThat(row.text(k)).as("cell %d of [%s]", k, raw).isEqualTo(cell);
                assertThat(row.first(k)).as("cell %d of [%s]", k, raw).isEqualTo(cell.isEmpty() ? 0 : cell.charAt(0));
                assertThat(row.isEmpty(k)).as("cell %d of [%s]", k, raw).isEqualTo(cell.isEmpty());
                assertThat(row.named(k, key)).as("cell %d of [%s]", k, raw).isEqualTo(TargetFields.named(cell));
            }
        });
    }

    @Test
    void examples() {
        String[] c = TargetCells.of(SourceLine.of(1, "<b>部门名称 (盖章)</b>\t昌吉市 人民政府\t\t<p>2026 年 目标</p>\t 1,229.69 \t"));
        assertThat(c).startsWith("部门名称(盖章)", "昌吉市人民政府", "", "2026年目标", "1,229.69");
        assertThat(TargetCells.of(SourceLine.of(1, "## a\tb"))).containsExactly("a", "b");
        assertThat(TargetCells.cutFromRaw("\t\t数量指标")).isTrue();
        assertThat(TargetCells.cutFromRaw(" - a\tb")).isFalse();
        assertThat(TargetCells.cutFromRaw("---\t---")).isTrue();
    }
}
