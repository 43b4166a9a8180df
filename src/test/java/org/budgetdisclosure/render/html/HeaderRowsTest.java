package org.budgetdisclosure.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderRowsTest {

    /** "text colspan×rowspan" for each cell of each header row. */
    private static List<List<String>> shape(List<List<String>> paths) {
        return HeaderRows.of(paths).stream()
                .map(row -> row.stream().map(c -> c.text() + " " + width(c.colspan()) + "x" + width(c.rowspan())).toList())
                .toList();
    }

    private static int width(Integer span) {
        return span == null ? 1 : span;
    }

    @Test
    void groupsSpanTheirColumnsAndLabelsReachDownToTheLastRow() {
        // 表3 as printed: 科目 over the code and name columns, 支出预算 over the amounts
        List<List<String>> paths = List.of(
                List.of("科目", "科目代码", "类"), List.of("科目", "科目代码", "款"), List.of("科目", "科目代码", "项"),
                List.of("科目", "科目名称"),
                List.of("支出预算", "合计"), List.of("支出预算", "基本支出"), List.of("支出预算", "项目支出"));
        assertThat(shape(paths)).containsExactly(
                List.of("科目 4x1", "支出预算 3x1"),
                List.of("科目代码 3x1", "科目名称 1x2", "合计 1x2", "基本支出 1x2", "项目支出 1x2"),
                List.of("类 1x1", "款 1x1", "项 1x1"));
    }

    @Test
    void aColumnWithoutGroupSpansEveryHeaderRow() {
        // 表2: 总计 stands alone beside the 财政拨款（补助） group
        List<List<String>> paths = List.of(List.of("总计"), List.of("财政拨款（补助）", "小计"), List.of("财政拨款（补助）", "一般公共预算"),
                List.of("单位资金"));
        assertThat(shape(paths)).containsExactly(
                List.of("总计 1x2", "财政拨款（补助） 2x1", "单位资金 1x2"),
                List.of("小计 1x1", "一般公共预算 1x1"));
    }

    @Test
    void equalLabelsUnderDifferentGroupsStayApart() {
        // 表12: 人员经费 under 财政拨款 and again under 非财政拨款
        List<List<String>> paths = List.of(List.of("财政拨款", "基本支出", "人员经费"), List.of("财政拨款", "基本支出", "公用经费"),
                List.of("非财政拨款", "基本支出", "人员经费"));
        assertThat(shape(paths)).containsExactly(
                List.of("财政拨款 2x1", "非财政拨款 1x1"),
                List.of("基本支出 2x1", "基本支出 1x1"),
                List.of("人员经费 1x1", "公用经费 1x1", "人员经费 1x1"));
    }

    @Test
    void aLeafNeverMergesWithAGroupOfTheSameName() {
        List<List<String>> paths = List.of(List.of("基本支出"), List.of("基本支出", "人员经费"));
        assertThat(shape(paths)).containsExactly(
                List.of("基本支出 1x2", "基本支出 1x1"),
                List.of("人员经费 1x1"));
    }
}
