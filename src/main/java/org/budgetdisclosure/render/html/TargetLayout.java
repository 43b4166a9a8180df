package org.budgetdisclosure.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.budgetdisclosure.model.DepartmentTarget;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.ProjectTarget;

/**
 * Lays the performance target tables out as printed: the facts at the top (labels as row headers,
 * the budget broken down by source), then the indicators under their own header row, with a run of
 * equal 一级指标 / 二级指标 merged into one cell as the format prints them.
 */
final class TargetLayout {

    private static final Cell.Kind H = Cell.Kind.ROW_HEADER;
    private static final Cell.Kind T = Cell.Kind.TEXT;
    private static final Cell.Kind N = Cell.Kind.NUMBER;

    private TargetLayout() {
    }

    /** 部门整体绩效目标表: six columns. */
    static Grid department(DepartmentTarget t, String id) {
        List<Line> facts = List.of(
                line(label("部门名称（盖章）"), span(T, t.department(), 5)),
                line(label("部门联系人"), Cell.of(T, t.contact()), label("联系电话"), span(T, t.phone(), 3)),
                line(label("年度绩效目标"), span(T, t.goal(), 5)),
                line(Cell.spanning(H, "年度预算（万元）", 1, 5), Cell.spanning(Cell.Kind.COLUMN_HEADER, "资金来源", 3, 1),
                        Cell.spanning(Cell.Kind.COLUMN_HEADER, "资金总额（万元）", 2, 1)),
                line(Cell.spanning(H, "财政资金（万元）", 1, 2), span(H, "上级安排", 2), money(t.superiorFunds(), 2)),
                line(span(H, "本级安排", 2), money(t.ownFunds(), 2)),
                line(label("其他资金（万元）"), span(H, "其他", 2), money(t.otherFunds(), 2)),
                line(span(H, "合计", 3), money(t.total(), 2)));
        List<String> heads = List.of("一级指标", "二级指标", "三级指标", "指标值", "指标设定依据", "分值权重");
        List<Function<Indicator, Cell>> tail = List.of(
                i -> Cell.of(T, i.value() == null ? "" : i.value().raw()),
                i -> Cell.of(T, i.basis()),
                i -> Cell.of(N, Numbers.plain(i.weight())));
        return new Grid(id, null, "部门整体绩效目标表", year(t.year()), null, null, List.of(),
                List.of(facts, indicators(heads, t.indicators(), tail)), null, true, List.of(12, 12, 26, 12, 28, 10), true);
    }

    /** 项目支出绩效目标表: nine columns. */
    static Grid project(ProjectTarget t, String id) {
        List<Line> facts = List.of(
                line(span(H, "预算单位", 2), span(T, t.unit(), 7)),
                line(span(H, "项目名称", 2), span(T, t.projectName(), 4), label("项目负责人"), span(T, t.manager(), 2)),
                line(span(H, "项目资金（万元）", 2), label("年度预算总额"), money(t.budgetTotal(), 1), label("其中：财政拨款"),
                        money(t.fiscal(), 1), label("其他资金"), money(t.other(), 2)),
                line(span(H, "项目总体目标", 2), span(T, t.goal(), 7)));
        List<String> heads = List.of("一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值", "指标分值权重",
                "指标赋分规则", "佐证资料");
        List<Function<Indicator, Cell>> tail = List.of(
                i -> Cell.of(T, i.value() == null ? "" : i.value().raw()),
                i -> Cell.of(T, i.basis()),
                i -> Cell.of(T, i.lastYear()),
                i -> Cell.of(N, Numbers.plain(i.weight())),
                i -> Cell.of(T, i.scoringRule()),
                i -> Cell.of(T, i.evidence()));
        return new Grid(id, null, "项目支出绩效目标表", year(t.year()), null, null, List.of(),
                List.of(facts, indicators(heads, t.indicators(), tail)), null, true,
                List.of(9, 9, 22, 10, 10, 9, 7, 13, 11), true);
    }

    /**
     * The indicator rows under their header row. 一级指标 merges over every row with the same value;
     * 二级指标 merges only inside one 一级指标, as the printed tables do.
     */
    private static List<Line> indicators(List<String> heads, List<Indicator> list, List<Function<Indicator, Cell>> tail) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(heads.stream().map(h -> Cell.of(Cell.Kind.COLUMN_HEADER, h)).toList(), false));
        for (int i = 0; i < list.size(); i++) {
            Indicator ind = list.get(i);
            List<Cell> cells = new ArrayList<>();
            if (i == 0 || !Objects.equals(list.get(i - 1).level1(), ind.level1())) {
                int run = run(list, i, (a, b) -> Objects.equals(a.level1(), b.level1()));
                cells.add(Cell.spanning(T, ind.level1(), 1, run));
            }
            if (i == 0 || !sameLevel2(list.get(i - 1), ind)) {
                int run = run(list, i, TargetLayout::sameLevel2);
                cells.add(Cell.spanning(T, ind.level2(), 1, run));
            }
            cells.add(Cell.of(H, ind.level3()));
            tail.forEach(f -> cells.add(f.apply(ind)));
            lines.add(new Line(cells, false));
        }
        return lines;
    }

    private static boolean sameLevel2(Indicator a, Indicator b) {
        return Objects.equals(a.level1(), b.level1()) && Objects.equals(a.level2(), b.level2());
    }

    private static int run(List<Indicator> list, int from, java.util.function.BiPredicate<Indicator, Indicator> same) {
        int n = 1;
        while (from + n < list.size() && same.test(list.get(from), list.get(from + n))) {
            n++;
        }
        return n;
    }

    private static String year(Integer year) {
        return year == null ? null : "（" + year + "年）";
    }

    private static Cell label(String text) {
        return Cell.of(H, text);
    }

    private static Cell span(Cell.Kind kind, String text, int columns) {
        return Cell.spanning(kind, text, columns, 1);
    }

    private static Cell money(org.budgetdisclosure.model.Money m, int columns) {
        return Cell.spanning(N, Numbers.money(m), columns, 1);
    }

    private static Line line(Cell... cells) {
        return new Line(List.of(cells), false);
    }
}
