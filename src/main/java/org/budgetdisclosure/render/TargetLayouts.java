package org.budgetdisclosure.render;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.budgetdisclosure.model.DepartmentTarget;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.ProjectTarget;
import org.budgetdisclosure.render.Grid.ColumnSpec;
import org.budgetdisclosure.render.Grid.Kind;

/**
 * Lays out the performance target tables as the national format prints them: the field block (unit,
 * contact, funds, goal) above the indicator rows. An indicator's 一级指标 and 二级指标 are printed once
 * for the run of rows that share them, as one cell spanning those rows.
 */
final class TargetLayouts {

    private TargetLayouts() {
    }

    /** 部门整体绩效目标表, six columns. */
    static Grid department(DepartmentTarget t) {
        GridBuilder b = new GridBuilder(widths(12, 12, 24, 14, 30, 10));
        b.row().label(0, 1, 1, "部门名称（盖章）").text(1, 5, t.department(), false);
        b.row().label(0, 1, 1, "部门联系人").text(1, 1, t.contact(), false)
                .label(2, 1, 1, "联系电话").text(3, 3, t.phone(), false);
        b.row().label(0, 1, 1, "年度绩效目标").text(1, 5, t.goal(), false);
        b.row().label(0, 1, 5, "年度预算（万元）").label(1, 2, 1, "资金来源").label(3, 3, 1, "资金总额（万元）");
        b.row().label(1, 1, 2, "财政资金（万元）").label(2, 1, 1, "上级安排").amount(3, 3, t.superiorFunds(), false);
        b.row().label(2, 1, 1, "本级安排").amount(3, 3, t.ownFunds(), false);
        b.row().label(1, 1, 1, "其他资金（万元）").label(2, 1, 1, "其他").amount(3, 3, t.otherFunds(), false);
        b.row().label(1, 2, 1, "合计：").amount(3, 3, t.total(), false);
        b.row().label(0, 1, 1, "一级指标").label(1, 1, 1, "二级指标").label(2, 1, 1, "三级指标")
                .label(3, 1, 1, "指标值").label(4, 1, 1, "指标设定依据").label(5, 1, 1, "分值权重");
        List<Indicator> inds = t.indicators();
        for (int i = 0; i < inds.size(); i++) {
            Indicator ind = inds.get(i);
            b.row();
            levels(b, inds, i);
            b.text(2, 1, ind.level3(), false).text(3, 1, value(ind), false).text(4, 1, ind.basis(), false)
                    .figure(5, ind.weight(), false);
        }
        return b.build();
    }

    /** 项目支出绩效目标表, nine columns. */
    static Grid project(ProjectTarget t) {
        GridBuilder b = new GridBuilder(widths(9, 10, 24, 12, 14, 10, 9, 14, 14));
        b.row().label(0, 2, 1, "预算单位").text(2, 7, t.unit(), false);
        b.row().label(0, 2, 1, "项目名称").text(2, 4, t.projectName(), false)
                .label(6, 1, 1, "项目负责人").text(7, 2, t.manager(), false);
        b.row().label(0, 2, 1, "项目资金（万元）").label(2, 1, 1, "年度预算总额").amount(3, 1, t.budgetTotal(), false)
                .label(4, 1, 1, "其中：财政拨款").amount(5, 1, t.fiscal(), false)
                .label(6, 1, 1, "其他资金").amount(7, 2, t.other(), false);
        b.row().label(0, 2, 1, "项目总体目标").text(2, 7, t.goal(), false);
        b.row().label(0, 1, 1, "一级指标").label(1, 1, 1, "二级指标").label(2, 1, 1, "三级指标")
                .label(3, 1, 1, "指标值").label(4, 1, 1, "指标值设置依据").label(5, 1, 1, "上年完成值")
                .label(6, 1, 1, "指标分值权重").label(7, 1, 1, "指标赋分规则").label(8, 1, 1, "佐证资料");
        List<Indicator> inds = t.indicators();
        for (int i = 0; i < inds.size(); i++) {
            Indicator ind = inds.get(i);
            b.row();
            levels(b, inds, i);
            b.text(2, 1, ind.level3(), false).text(3, 1, value(ind), false).text(4, 1, ind.basis(), false)
                    .text(5, 1, ind.lastYear(), false).figure(6, ind.weight(), false)
                    .text(7, 1, ind.scoringRule(), false).text(8, 1, ind.evidence(), false);
        }
        return b.build();
    }

    private static List<ColumnSpec> widths(int... chars) {
        return Arrays.stream(chars).mapToObj(ColumnSpec::new).toList();
    }

    /** The 一级/二级 cells of indicator row {@code i}, spanning the following rows that repeat them. */
    private static void levels(GridBuilder b, List<Indicator> inds, int i) {
        Indicator ind = inds.get(i);
        boolean newLevel1 = i == 0 || !Objects.equals(inds.get(i - 1).level1(), ind.level1());
        if (newLevel1) {
            int run = 1;
            while (i + run < inds.size() && Objects.equals(inds.get(i + run).level1(), ind.level1())) {
                run++;
            }
            b.cell(0, 1, run, Kind.TEXT, ind.level1(), false);
        }
        boolean newLevel2 = newLevel1 || !Objects.equals(inds.get(i - 1).level2(), ind.level2());
        if (newLevel2) {
            int run = 1;
            while (i + run < inds.size() && Objects.equals(inds.get(i + run).level1(), ind.level1())
                    && Objects.equals(inds.get(i + run).level2(), ind.level2())) {
                run++;
            }
            b.cell(1, 1, run, Kind.TEXT, ind.level2(), false);
        }
    }

    private static String value(Indicator ind) {
        return ind.value() == null ? null : ind.value().raw();
    }
}
