package org.budgetdisclosure.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.TableId;

/**
 * The national header of each of the twelve tables (财政部 部门预算公开统一格式): the label cells a row
 * prints its code and name in, with the headings above them, and the group headings above the value
 * columns (“财政拨款（补助）” over its six sources, “基本支出” over 人员经费 and 公用经费). The value
 * columns' own labels come from the table's {@link org.budgetdisclosure.model.Column}s, so a regional
 * wording is printed as it was read.
 */
final class MdTableTemplates {

    /** What a label cell of a row holds. */
    enum Slot {
        CLASS,   // the 类 digits of a code: 201
        SECTION, // the 款 digits: 03
        ITEM,    // the 项 digits: 01
        NAME,    // the name or item label; with the code in front when the half has no code cells (表1 “201 一般公共服务支出”)
        PROJECT  // 项目名称
    }

    /** A label cell and the headings above it, top to bottom. */
    record Label(List<String> path, Slot slot) {

        Label {
            path = List.copyOf(path);
        }
    }

    /**
     * One half of a table (the whole table unless it is two-sided).
     *
     * @param side         INCOME / EXPENDITURE for 表1 and 表4, else null
     * @param labels       the label cells, left to right
     * @param groups       column key → the group headings above that value column
     * @param defaultGroup the group headings above a column the template does not know (a regional one)
     */
    record Half(Side side, List<Label> labels, Map<String, List<String>> groups, List<String> defaultGroup) {

        Half {
            labels = List.copyOf(labels);
            groups = Map.copyOf(groups);
            defaultGroup = List.copyOf(defaultGroup);
        }

        List<String> groupOf(String columnKey) {
            return groups.getOrDefault(columnKey, defaultGroup);
        }
    }

    private static final Map<TableId, List<Half>> TEMPLATES = new EnumMap<>(TableId.class);

    static {
        String[] budgetTypes = {"gpb", "fund", "soe"};
        TEMPLATES.put(TableId.T1, List.of(
                new Half(Side.INCOME, List.of(label(Slot.NAME, "收入", "项目")), Map.of(), List.of("收入")),
                new Half(Side.EXPENDITURE, List.of(label(Slot.NAME, "支出", "科目名称")), Map.of(), List.of("支出"))));
        TEMPLATES.put(TableId.T2, List.of(new Half(null, functionLabels(), under("财政拨款（补助）",
                "fiscalSubtotal", "gpb", "gpbTransfer", "fund", "fundTransfer", "soe", "soeTransfer"), List.of())));
        TEMPLATES.put(TableId.T3, List.of(basicProject("支出预算")));
        TEMPLATES.put(TableId.T4, List.of(
                new Half(Side.INCOME, List.of(label(Slot.NAME, "财政拨款收入", "项目")), Map.of(), List.of("财政拨款收入")),
                new Half(Side.EXPENDITURE, List.of(label(Slot.NAME, "财政拨款支出", "科目名称")), Map.of(),
                        List.of("财政拨款支出"))));
        TEMPLATES.put(TableId.T5, List.of(basicProject("一般公共预算支出")));
        TEMPLATES.put(TableId.T6, List.of(new Half(null, List.of(
                label(Slot.CLASS, "科目", "科目代码", "类"),
                label(Slot.SECTION, "科目", "科目代码", "款"),
                label(Slot.NAME, "科目", "科目名称")), Map.of(), List.of("一般公共预算基本支出"))));
        List<Label> t7 = new ArrayList<>(functionLabels());
        t7.add(label(Slot.PROJECT, "项目名称"));
        TEMPLATES.put(TableId.T7, List.of(new Half(null, t7, Map.of(), List.of())));
        TEMPLATES.put(TableId.T8, List.of(basicSplit("政府性基金预算支出")));
        TEMPLATES.put(TableId.T9, List.of(basicSplit("国有资本经营预算支出")));
        TEMPLATES.put(TableId.T10, List.of(new Half(null, List.of(label(Slot.NAME, "“三公”经费支出内容")),
                under("资金来源", budgetTypes), List.of())));
        TEMPLATES.put(TableId.T11, List.of(new Half(null, List.of(label(Slot.PROJECT, "项目名称")),
                under("资金来源", budgetTypes), List.of())));
        TEMPLATES.put(TableId.T12, List.of(new Half(null, List.of(label(Slot.NAME, "项目")), Map.ofEntries(
                Map.entry("fiscalSubtotal", List.of("财政拨款")),
                Map.entry("fiscalBasic", List.of("财政拨款")),
                Map.entry("fiscalPersonnel", List.of("财政拨款", "基本支出")),
                Map.entry("fiscalPublic", List.of("财政拨款", "基本支出")),
                Map.entry("fiscalProject", List.of("财政拨款")),
                Map.entry("nonFiscalSubtotal", List.of("非财政拨款")),
                Map.entry("nonFiscalBasic", List.of("非财政拨款")),
                Map.entry("nonFiscalPersonnel", List.of("非财政拨款", "基本支出")),
                Map.entry("nonFiscalPublic", List.of("非财政拨款", "基本支出")),
                Map.entry("nonFiscalProject", List.of("非财政拨款"))), List.of())));
    }

    private MdTableTemplates() {
    }

    /** The halves of a table, left to right. */
    static List<Half> of(TableId id) {
        return TEMPLATES.get(id);
    }

    /** 类 | 款 | 项 under 科目代码, then 科目名称: the function tables print the code split over three cells. */
    private static List<Label> functionLabels(String... above) {
        return List.of(
                label(Slot.CLASS, concat(above, "科目代码", "类")),
                label(Slot.SECTION, concat(above, "科目代码", "款")),
                label(Slot.ITEM, concat(above, "科目代码", "项")),
                label(Slot.NAME, concat(above, "科目名称")));
    }

    /** 表3, 表5: 合计, 基本支出, 项目支出 under the table's own heading. */
    private static Half basicProject(String heading) {
        return new Half(null, functionLabels("科目"), Map.of(), List.of(heading));
    }

    /** 表8, 表9: as {@link #basicProject}, with 基本支出 split into 人员经费 and 公用经费. */
    private static Half basicSplit(String heading) {
        return new Half(null, functionLabels("科目"), Map.of(
                "personnel", List.of(heading, "基本支出"),
                "public", List.of(heading, "基本支出")), List.of(heading));
    }

    private static Label label(Slot slot, String... path) {
        return new Label(List.of(path), slot);
    }

    private static Map<String, List<String>> under(String heading, String... keys) {
        Map<String, List<String>> out = new HashMap<>();
        for (String k : keys) {
            out.put(k, List.of(heading));
        }
        return out;
    }

    private static String[] concat(String[] head, String... tail) {
        String[] out = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
