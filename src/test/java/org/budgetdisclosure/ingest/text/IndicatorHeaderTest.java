package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumMap;
import java.util.Map;
import org.budgetdisclosure.ingest.text.IndicatorTable.Column;
import org.junit.jupiter.api.Test;

/**
 * {@link IndicatorTable#header} finds the columns by keys built where the names stand in the line; the
 * way it did before, each cell made into its text ({@link TargetCells#of}) and its {@link Texts#nameKey}
 * searched with String methods, remains the specification.
 */
class IndicatorHeaderTest {

    private static final String[] TOKENS = {"\t", "\t", "\t", " ", "\u3000", "\u00a0", "\u2003", "<b>", "</b>", "<p>", "**", "*", "<",
        "一级指标", "二级指标", "二级", "三级指标", "三级", "三", "级", "指标值", "目标值", "值", "指标值设置依据", "依据", "上年完成值", "上年",
        "分值", "指标分值", "指标", "权重", "赋分", "评分", "分", "计分", "佐证资料", "证明材料", "证明", "（", "）", "(", ")", ":", "a", "#"};

    @Test
    void findsTheColumnsTheCellTextsName() {
        qt().withExamples(60_000).forAll(TokenTexts.joined(TOKENS, 16)).checkAssert(raw -> {
            SourceLine line = SourceLine.of(1, raw);
            Map<Column, Integer> expected = before(line);
            IndicatorTable table = IndicatorTable.header(line);
            if (expected == null) {
                assertThat(table).as(raw).isNull();
                return;
            }
            assertThat(table).as(raw).isNotNull();
            for (Column c : Column.values()) {
                assertThat(table.cell(c)).as("%s of [%s]", c, raw).isEqualTo(expected.getOrDefault(c, -1));
            }
        });
    }

    @Test
    void readsTheSampleHeaders() {
        IndicatorTable t = IndicatorTable.header(SourceLine.of(1, "<b>一级指标</b>\t<b>二级指标</b>\t<b>三级指标</b>\t<b>指标值</b>\t"
                + "<b>指标值设置依据</b>\t<b>上年完成值</b>\t<b>指标分值权重</b>\t<b>指标赋分规则</b>\t<b>佐证资料</b>"));
        assertThat(t).isNotNull();
        assertThat(Column.values()).extracting(t::cell).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(IndicatorTable.header(SourceLine.of(1, "一级指标\t三级指标\t上年完成值"))).isNull();
    }

    /** The header as it was read before: null when it is none. */
    private static Map<Column, Integer> before(SourceLine line) {
        String raw = line.raw();
        if (!line.isTabular() || raw.indexOf('三') < 0 || raw.indexOf('级') < 0 || raw.indexOf('值') < 0) {
            return null;
        }
        Map<Column, Integer> cols = new EnumMap<>(Column.class);
        String[] cells = TargetCells.of(line);
        for (int i = 0; i < cells.length; i++) {
            Column c = column(Texts.nameKey(cells[i]));
            if (c != null) {
                cols.putIfAbsent(c, i);
            }
        }
        return cols.containsKey(Column.LEVEL3) && cols.containsKey(Column.VALUE) ? cols : null;
    }

    private static Column column(String k) {
        if (k.contains("一级")) {
            return Column.LEVEL1;
        } else if (k.contains("二级")) {
            return Column.LEVEL2;
        } else if (k.contains("三级")) {
            return Column.LEVEL3;
        } else if (k.contains("依据")) {
            return Column.BASIS;
        } else if (k.contains("上年")) {
            return Column.LAST_YEAR;
        } else if (k.contains("权重") || k.equals("分值") || k.equals("指标分值")) {
            return Column.WEIGHT;
        } else if (k.contains("赋分") || k.contains("评分") || k.contains("计分")) {
            return Column.SCORING;
        } else if (k.contains("佐证") || k.contains("证明材料")) {
            return Column.EVIDENCE;
        } else if (k.startsWith("指标值") || k.startsWith("目标值")) {
            return Column.VALUE;
        }
        return null;
    }
}
