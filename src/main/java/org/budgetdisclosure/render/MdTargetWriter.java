package org.budgetdisclosure.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budgetdisclosure.model.DepartmentTarget;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.ProjectTarget;
import org.budgetdisclosure.model.Targets;

/**
 * Prints the performance target tables (部门整体绩效目标表, 项目支出绩效目标表) as the sample does: the
 * title, the year, the key/value rows with bold labels (each label followed by its value, so a missing
 * value is an empty cell rather than the next label's), the indicator header and one row per indicator.
 */
final class MdTargetWriter {

    private static final List<String> DEPARTMENT_HEADER = List.of("一级指标", "二级指标", "三级指标", "指标值", "指标设定依据", "分值权重");
    private static final List<String> PROJECT_HEADER = List.of("一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据",
            "上年完成值", "指标分值权重", "指标赋分规则", "佐证资料");

    private MdTargetWriter() {
    }

    static boolean isEmpty(Targets t) {
        return t == null || t.department() == null && t.projects().isEmpty();
    }

    static void write(Targets t, MdText out) {
        if (t.department() != null) {
            department(t.department(), out);
        }
        for (ProjectTarget p : t.projects()) {
            project(p, out);
        }
    }

    private static void department(DepartmentTarget d, MdText out) {
        out.heading(4, "部门整体绩效目标表");
        year(d.year(), out);
        boolean full = d.indicators().stream().anyMatch(i -> i.lastYear() != null || i.scoringRule() != null || i.evidence() != null);
        int width = full ? PROJECT_HEADER.size() : DEPARTMENT_HEADER.size();
        Rows rows = new Rows(width, out);
        rows.add(label("部门名称（盖章）"), text(d.department()));
        rows.add(label("部门联系人"), text(d.contact()), label("联系电话"), text(d.phone()));
        rows.add(label("年度绩效目标"), text(d.goal()));
        rows.add(label("年度预算（万元）"), "资金来源", "", "资金总额（万元）");
        rows.add("", "财政资金（万元）", "上级安排", MdText.amount(d.superiorFunds()));
        rows.add("", "", "本级安排", MdText.amount(d.ownFunds()));
        rows.add("", "其他资金（万元）", "其他", MdText.amount(d.otherFunds()));
        rows.add("", "合计", "", MdText.amount(d.total()));
        indicators(d.indicators(), full, rows);
        out.line("");
    }

    private static void project(ProjectTarget p, MdText out) {
        out.heading(4, "项目支出绩效目标表");
        year(p.year(), out);
        Rows rows = new Rows(PROJECT_HEADER.size(), out);
        rows.add(label("预算单位"), "", text(p.unit()));
        rows.add(label("项目名称"), "", text(p.projectName()), "", "", "", label("项目负责人"), text(p.manager()));
        rows.add(label("项目资金（万元）"), "", "年度预算总额", MdText.amount(p.budgetTotal()), "其中：财政拨款",
                MdText.amount(p.fiscal()), "其他资金", MdText.amount(p.other()));
        rows.add(label("项目总体目标"), "", text(p.goal()));
        indicators(p.indicators(), true, rows);
        out.line("");
    }

    private static void year(Integer year, MdText out) {
        if (year != null) {
            out.block("（" + year + "年）");
        }
    }

    /**
     * The indicator rows. 一级 and 二级 names are printed where they change and left empty below (the
     * merged cells of the printed table), which the reader carries down. They are printed in full on a
     * row that names nothing else, since the reader takes a row holding only a 三级 name for the wrapped
     * end of the row above.
     */
    private static void indicators(List<Indicator> indicators, boolean full, Rows rows) {
        rows.add((full ? PROJECT_HEADER : DEPARTMENT_HEADER).stream().map(MdTargetWriter::label).toArray(String[]::new));
        Indicator prev = null;
        for (Indicator i : indicators) {
            boolean alone = i.level3() == null || i.value() == null && i.basis() == null && i.lastYear() == null
                    && i.weight() == null && i.scoringRule() == null && i.evidence() == null;
            boolean sameGroup = prev != null && !alone && i.level1() != null && Objects.equals(i.level1(), prev.level1());
            String level1 = sameGroup ? "" : text(i.level1());
            String level2 = sameGroup && i.level2() != null && Objects.equals(i.level2(), prev.level2()) ? "" : text(i.level2());
            List<String> cells = new ArrayList<>(List.of(level1, level2, text(i.level3()),
                    i.value() == null ? "" : text(i.value().raw()), text(i.basis())));
            if (full) {
                cells.add(text(i.lastYear()));
            }
            cells.add(i.weight() == null ? "" : i.weight().toPlainString());
            if (full) {
                cells.add(text(i.scoringRule()));
                cells.add(text(i.evidence()));
            }
            rows.add(cells.toArray(String[]::new));
            prev = i;
        }
    }

    private static String label(String s) {
        return MdText.bold(s);
    }

    private static String text(String s) {
        return MdText.orEmpty(s);
    }

    /** Rows padded to the table's width, so every row is a tab-separated line however few cells it fills. */
    private record Rows(int width, MdText out) {

        void add(String... cells) {
            List<String> line = new ArrayList<>(List.of(cells));
            while (line.size() < width) {
                line.add("");
            }
            out.row(line);
        }
    }
}
