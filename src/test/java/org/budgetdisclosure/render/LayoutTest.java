package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.DocumentHeader;
import org.budgetdisclosure.model.DocumentKind;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.ProjectTarget;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.model.Targets;
import org.budgetdisclosure.render.Grid.Cell;
import org.budgetdisclosure.render.Grid.Kind;
import org.budgetdisclosure.render.TargetTables.TargetTable;
import org.junit.jupiter.api.Test;

/** The format-neutral layout the DOCX and XLSX writers draw. */
class LayoutTest {

    private static Cell cellAt(Grid g, int row, int column) {
        return g.rows().get(row).stream().filter(c -> c.column() == column).findFirst()
                .orElseThrow(() -> new AssertionError("no cell at " + row + "," + column));
    }

    @Test
    void aFunctionTableGetsThreeHeaderRowsWithGroupHeadingsSpanningTheirColumns() {
        Grid g = TableLayouts.of(Rendered.table3());
        assertThat(g.headerRows()).isEqualTo(3);
        assertThat(g.columns()).hasSize(4 + 3);
        assertThat(cellAt(g, 0, 0)).extracting(Cell::text, Cell::colSpan, Cell::rowSpan).containsExactly("科目", 4, 1);
        assertThat(cellAt(g, 0, 4)).extracting(Cell::text, Cell::colSpan, Cell::rowSpan).containsExactly("支出预算", 3, 1);
        assertThat(cellAt(g, 1, 0)).extracting(Cell::text, Cell::colSpan).containsExactly("科目代码", 3);
        assertThat(cellAt(g, 1, 3)).extracting(Cell::text, Cell::rowSpan).containsExactly("科目名称", 2);
        assertThat(cellAt(g, 1, 4)).extracting(Cell::text, Cell::rowSpan).containsExactly("合计", 2);
        assertThat(g.rows().get(2)).extracting(Cell::text).containsExactly("类", "款", "项");
    }

    @Test
    void aCodeIsSplitIntoItsLevelsAndAnEmptyCellHasNoNumber() {
        Grid g = TableLayouts.of(Rendered.table3());
        List<Cell> item = g.rows().get(4);  // 2010301 行政运行
        assertThat(item).extracting(Cell::text).startsWith("201", "03", "01", "行政运行");
        assertThat(item.get(4)).extracting(Cell::kind, Cell::number).containsExactly(Kind.AMOUNT, new BigDecimal("10.00"));
        assertThat(item.get(6).number()).isNull();
        assertThat(item.get(6).kind()).isEqualTo(Kind.AMOUNT);
        assertThat(g.rows().get(3)).allMatch(Cell::bold);
        assertThat(item).noneMatch(Cell::bold);
        assertThat(g.columns().get(0).fixed()).isTrue();
        assertThat(g.columns().get(3).fixed()).isFalse();
    }

    @Test
    void aTwoSidedTablePairsItsHalvesLineByLineAndPutsTheTotalsLast() {
        Row in1 = side(RowKind.ITEM, Side.INCOME, null, "一、本年收入", "1.00");
        Row out1 = side(RowKind.FUNCTION, Side.EXPENDITURE, "201", "一般公共服务支出", "0.40");
        Row out2 = side(RowKind.FUNCTION, Side.EXPENDITURE, "208", "社会保障和就业支出", "0.60");
        Row inTotal = side(RowKind.TOTAL, Side.INCOME, null, "收入总计", "1.00");
        Row outTotal = side(RowKind.TOTAL, Side.EXPENDITURE, null, "支出总计", "1.00");
        Table t1 = new Table(TableId.T1, 1, "部门收支总体情况表", "某局", "万元",
                List.of(new Column("amount", "预算数", Side.INCOME), new Column("amount", "预算数", Side.EXPENDITURE)),
                List.of(in1, out1, out2, inTotal, outTotal), null, null);
        Grid g = TableLayouts.of(t1);
        assertThat(g.headerRows()).isEqualTo(2);
        assertThat(g.rows().get(0)).extracting(Cell::text, Cell::colSpan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("收入", 2), org.assertj.core.groups.Tuple.tuple("支出", 2));
        assertThat(g.rows()).hasSize(2 + 2 + 1);
        assertThat(g.rows().get(2)).extracting(Cell::text).containsExactly("一、本年收入", null, "201 一般公共服务支出", null);
        assertThat(g.rows().get(3)).extracting(Cell::text).containsExactly("", null, "208 社会保障和就业支出", null);
        assertThat(g.rows().get(3).get(1).number()).isNull();
        assertThat(g.rows().get(4)).extracting(Cell::text).containsExactly("收入总计", null, "支出总计", null);
    }

    private static Row side(RowKind kind, Side side, String code, String name, String amount) {
        var level = code == null ? null : org.budgetdisclosure.model.CodeLevel.ofDigits(code.length());
        return new Row(kind, side, code, level, name, null, null, false, Map.of("amount", Money.of(amount)), null);
    }

    @Test
    void aPathLabelOfTable12BecomesNestedHeadings() {
        Table t12 = new Table(TableId.T12, 12, "上年结转结余情况表", "某局", "万元",
                List.of(new Column("total", "合计"), new Column("fiscalPersonnel", "财政拨款/基本支出/人员经费"),
                        new Column("fiscalPublic", "财政拨款/基本支出/公用经费"), new Column("fiscalProject", "财政拨款/项目支出")),
                List.of(Rendered.row(RowKind.TOTAL, null, "总计", false)), "某局没有上年结转结余，为空表。", null);
        Grid g = TableLayouts.of(t12);
        assertThat(g.headerRows()).isEqualTo(3);
        assertThat(cellAt(g, 0, 2)).extracting(Cell::text, Cell::colSpan).containsExactly("财政拨款", 3);
        assertThat(cellAt(g, 1, 2)).extracting(Cell::text, Cell::colSpan).containsExactly("基本支出", 2);
        assertThat(cellAt(g, 1, 4)).extracting(Cell::text, Cell::rowSpan).containsExactly("项目支出", 2);
        assertThat(cellAt(g, 0, 0)).extracting(Cell::text, Cell::rowSpan).containsExactly("项目", 3);
        assertThat(g.wide()).isFalse();
    }

    @Test
    void indicatorLevelsArePrintedOnceForTheRowsThatShareThem() {
        var ind = (java.util.function.BiFunction<String, String, org.budgetdisclosure.model.Indicator>) (l1, l2) ->
                new org.budgetdisclosure.model.Indicator(l1, l2, "某指标", null, "计划标准", "/", BigDecimal.TEN, null, null, null);
        ProjectTarget p = new ProjectTarget(2026, "某局", "某项目", "张三", Money.of("5.00"), Money.of("5.00"), Money.of("0.00"),
                "目标", List.of(ind.apply("产出指标", "数量指标"), ind.apply("产出指标", "数量指标"),
                ind.apply("产出指标", "质量指标"), ind.apply("效益指标", "社会效益指标")), null);
        Grid g = TargetLayouts.project(p);
        assertThat(g.wide()).isTrue();
        int first = 5;  // four field rows and the indicator header
        assertThat(cellAt(g, first, 0)).extracting(Cell::text, Cell::rowSpan).containsExactly("产出指标", 3);
        assertThat(cellAt(g, first, 1)).extracting(Cell::text, Cell::rowSpan).containsExactly("数量指标", 2);
        assertThat(g.rows().get(first + 1)).extracting(Cell::column).doesNotContain(0, 1);
        assertThat(cellAt(g, first + 2, 1)).extracting(Cell::text, Cell::rowSpan).containsExactly("质量指标", 1);
        assertThat(cellAt(g, first + 3, 0).text()).isEqualTo("效益指标");
        assertThat(cellAt(g, first, 6)).extracting(Cell::kind, Cell::number).containsExactly(Kind.FIGURE, BigDecimal.TEN);
        assertThat(cellAt(g, 2, 3)).extracting(Cell::kind, Cell::number).containsExactly(Kind.AMOUNT, new BigDecimal("5.00"));
    }

    @Test
    void aTargetTableGoesBeforeTheFirstParagraphReadAfterItAndOneWithoutALineAtTheEnd() {
        Section s12 = new Section(12, "上年结转结余", List.of(new Paragraph("甲", false, at(100))), at(99));
        Section s13 = new Section(13, "其他重要事项的情况说明", List.of(
                new Paragraph("(四)预算绩效情况", true, at(120)), new Paragraph("具体情况见下表：", false, at(121)),
                new Paragraph("(五)其他需说明的事项", true, at(180))), at(110));
        ProjectTarget read = new ProjectTarget(2026, "某局", "甲项目", null, null, null, null, null, List.of(), at(130));
        ProjectTarget generated = new ProjectTarget(2026, "某局", "乙项目", null, null, null, null, null, List.of(), null);
        List<TargetTable> tables = TargetTables.of(new Targets(null, List.of(generated, read)));
        assertThat(tables).extracting(TargetTable::project).containsExactly("甲项目", "乙项目");
        var placed = TargetTables.place(List.of(s12, s13), tables);
        assertThat(placed.get(0)).allMatch(List::isEmpty);
        assertThat(placed.get(1).get(2)).extracting(TargetTable::project).containsExactly("甲项目");  // before (五)
        assertThat(placed.get(1).get(3)).extracting(TargetTable::project).containsExactly("乙项目");  // at the end
    }

    private static SourceRef at(int line) {
        return SourceRef.line("x.txt", line);
    }

    @Test
    void headingsAreWordedForTheKindOfDocumentWithChineseNumerals() {
        DocumentHeader unit = new DocumentHeader("某所", 2027, DocumentKind.UNIT_BUDGET, "万元", null, null, null);
        assertThat(Headings.part(1, unit)).isEqualTo("第一部分 2027年单位概况");
        assertThat(Headings.part(2, unit)).isEqualTo("第二部分 2027年单位预算公开表");
        assertThat(Headings.coverKind(unit)).isEqualTo("单位预算公开");
        assertThat(Headings.part(3, null)).isEqualTo("第三部分 部门预算情况说明");
        assertThat(List.of(1, 9, 10, 11, 13, 20, 21, 99).stream().map(Headings::numeral))
                .containsExactly("一", "九", "十", "十一", "十三", "二十", "二十一", "九十九");
        assertThat(Headings.date(java.time.LocalDate.of(2026, 3, 13))).isEqualTo("2026年3月13日");
    }

    @Test
    void officeTextDropsWhatXmlCannotHoldAndFormatsAmountsWhateverTheLocale() {
        assertThat(OfficeText.clean(Rendered.HOSTILE)).isEqualTo(Rendered.HOSTILE_CLEANED);
        assertThat(OfficeText.clean("𠀀字")).isEqualTo("𠀀字");  // a character outside the BMP is kept whole
        assertThat(OfficeText.clean(null)).isNull();
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(OfficeText.amount(new BigDecimal("1229.70"))).isEqualTo("1,229.70");
            assertThat(OfficeText.amount(new BigDecimal("-0.05"))).isEqualTo("-0.05");
        } finally {
            java.util.Locale.setDefault(before);
        }
        assertThat(OfficeText.cellText("字".repeat(40_000))).hasSize(OfficeText.MAX_CELL_CHARS).endsWith("…");
        assertThat(OfficeText.displayWidth("ab中文")).isEqualTo(6);
    }
}
