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

    /** The names of the indicator header's columns, pieces of them and their near misses. */
    private static final String[] HEADER_TOKENS = {"\t", "\t", "\t", " ", "\u3000", "\u00a0", "\u2003", "\n", "<b>", "</b>", "<p>", "**",
        "*", "<", "一级指标", "二级", "三级指标", "三", "级", "指标值", "目标值", "值", "指标值设置依据", "依据", "上年完成值", "分值", "指标",
        "权重", "赋分", "评", "分", "计分", "佐证资料", "证明材料", "（", "）", "(", ")", ":", "a", "#", "- ", "\uFEFF"};

    @Test
    void rowBuildsTheNameKeyOfEachCellsText() {
        qt().withExamples(60_000).forAll(TokenTexts.joined(HEADER_TOKENS, 16)).checkAssert(raw -> {
            SourceLine line = SourceLine.of(1, raw);
            String[] cells = TargetCells.of(line);
            TargetCells.Row row = new TargetCells.Row().reset(line);
            for (int k = 0; k <= cells.length; k++) {
                int length = row.nameKey(k);
                if (length >= 0) {
                    String cell = k < cells.length ? cells[k] : "";
                    assertThat(new String(row.keyBuffer().built(), 0, length)).as("cell %d of [%s]", k, raw)
                            .isEqualTo(Texts.nameKey(cell));
                }
            }
        });
    }

    /** How TargetFields looked for bold cells: the raw line split at its tabs, the pattern run on the cell. */
    private static final java.util.regex.Pattern BOLD = java.util.regex.Pattern.compile("<b>|<strong>|\\*\\*");

    @Test
    void rowFindsBoldMarkupInTheRawCell() {
        qt().withExamples(60_000).forAll(TokenTexts.joined(LABEL_TOKENS, 14)).checkAssert(raw -> {
            SourceLine line = SourceLine.of(1, raw);
            TargetCells.Row row = new TargetCells.Row().reset(line);
            String[] rawCells = raw.split("\t", -1);
            for (int k = 0; k <= rawCells.length; k++) {
                boolean bold = k < rawCells.length && BOLD.matcher(rawCells[k]).find();
                assertThat(row.isBold(k, BOLD)).as("cell %d of [%s]", k, raw).isEqualTo(bold);
            }
        });
    }

    /** Markdown rule rows and their near misses: dashes, colons, markup and spaces around and inside. */
    private static final String[] RULE_TOKENS = {"\t", "\t", "-", "-", "--", "---", ":", ":", " ", "\u3000", "\u00a0", "\u2003",
        "<b>", "</b>", "**", "*", "a", "中", "- ", "#", "\uFEFF", "|"};

    @Test
    void rowTellsRuleCellsAsThePatternMatchesTheirText() {
        qt().withExamples(60_000).forAll(TokenTexts.joined(RULE_TOKENS, 12)).checkAssert(raw -> {
            SourceLine line = SourceLine.of(1, raw);
            TargetCells.Row row = new TargetCells.Row().reset(line);
            for (int k = 0; k <= row.size(); k++) {
                String text = row.text(k);
                assertThat(row.isRule(k)).as("cell %d of [%s]", k, raw).isEqualTo(IndicatorTable.RULE_CELL.matcher(text).matches());
            }
            assertThat(IndicatorTable.isRuleText(raw, 0, raw.length())).as(raw).isEqualTo(IndicatorTable.RULE_CELL.matcher(raw).matches());
        });
        assertThat(IndicatorTable.isRuleText(":---:", 0, 5)).isTrue();
        assertThat(IndicatorTable.isRuleText(":-:", 0, 3)).isFalse();
        assertThat(new TargetCells.Row().reset(SourceLine.of(1, " --- \t**--**\t- -")).isRule(1)).isTrue();
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
