package org.budgetdisclosure.ingest.budget.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The budget workbook's sheets and columns, the one description both {@link BudgetWorkbookWriter} and
 * {@link BudgetXlsxReader} follow. Each column and field names the budget file's JSON field it holds
 * (docs/budget-format.md), so the workbook is that file in another form: the reader builds the JSON tree
 * and the JSON reader checks it.
 *
 * <p>Two kinds of sheet: a {@link Table} has a header row and one record per row (line items, projects,
 * indicators…); a {@link Form} has one field per row, label in column A and value in column B (the
 * department profile, other matters). Sheets are found by name and columns by header text, so a column
 * may be moved or one added without breaking the reading.
 */
public final class WorkbookLayout {

    private WorkbookLayout() {
    }

    /** What a cell holds; decides its number format, its validation and how the reader types it. */
    public enum Type {
        TEXT, LONG_TEXT, CODE, CHOICE, MONEY, DECIMAL, INTEGER, DATE, BOOL
    }

    /**
     * A column of a table sheet.
     *
     * @param header the header text (row 1)
     * @param field  the JSON field of the row's record; null for a column only people read (序号, 说明)
     * @param type   what it holds
     * @param width  in characters
     * @param list   the named list its cells choose from, or null
     * @param strict true when a value outside the list is refused, false when Excel only warns
     * @param note   the prompt shown when a cell is selected, or null
     */
    public record Column(String header, String field, Type type, int width, String list, boolean strict, String note) {

        static Column of(String header, String field, Type type, int width) {
            return new Column(header, field, type, width, null, false, null);
        }

        Column list(String name, boolean isStrict) {
            return new Column(header, field, type, width, name, isStrict, note);
        }

        Column note(String text) {
            return new Column(header, field, type, width, list, strict, text);
        }
    }

    /** A data sheet: a table or a form, with its name and what it is for (listed on 填表说明). */
    public sealed interface Sheet permits Table, Form {
        String name();

        String about();
    }

    /** A sheet with a header row and one record per row. */
    public record Table(String name, String about, List<Column> columns) implements Sheet {

        public Optional<Column> column(String field) {
            return columns.stream().filter(c -> field.equals(c.field())).findFirst();
        }
    }

    /**
     * A row of a form sheet: its label (column A), the JSON path of its value (column B; null for a
     * section heading), the type and a note (column C).
     */
    public record Field(String label, String path, Type type, String note, String list) {

        static Field of(String label, String path, Type type, String note) {
            return new Field(label, path, type, note, null);
        }

        static Field heading(String label) {
            return new Field(label, null, null, null, null);
        }

        boolean isHeading() {
            return path == null;
        }
    }

    /** A sheet of labelled fields, one per row. */
    public record Form(String name, String about, List<Field> fields) implements Sheet {

        public Optional<Field> field(String path) {
            return fields.stream().filter(f -> path.equals(f.path())).findFirst();
        }
    }

    /**
     * A key of the budget file's {@code lastYear} as the workbook names it. The 上年对比 and 三公经费 sheets
     * name a row by this label (or, for a function code's figure, by the code).
     */
    public record PriorItem(String key, String label, String where) {
    }

    // --- named lists (on the hidden sheet 代码表) ---

    public static final String LIST_SOURCES = "L_SOURCES";
    public static final String LIST_NATURES = "L_NATURES";
    public static final String LIST_FUNCTION_ITEMS = "L_FUNCTION_ITEMS";
    public static final String LIST_FUNCTION_CLASSES = "L_FUNCTION_CLASSES";
    public static final String LIST_ECONOMIC = "L_ECONOMIC";
    public static final String LIST_YES_NO = "L_YES_NO";
    public static final String LIST_PRIOR = "L_PRIOR";
    public static final String LIST_SANGONG = "L_SANGONG";
    public static final String LIST_PROJECTS = "L_PROJECTS";
    public static final String LIST_VEHICLES = "L_VEHICLES";

    public static final String INSTRUCTIONS = "填表说明";
    public static final String LISTS = "代码表";

    /** Header texts of the form sheets' three columns. */
    public static final List<String> FORM_HEADERS = List.of("项目", "内容", "说明");

    public static final String YES = "是";
    public static final String NO = "否";

    /** The vehicle types the asset statement usually lists (others may be typed). */
    public static final List<String> VEHICLE_TYPES = List.of("一般公务用车", "执法执勤用车", "特种专业技术用车", "其他车辆");

    // --- the sheets ---

    public static final Form PROFILE = new Form("部门概况", "部门名称、预算年度、单位性质、落款日期和机构设置", List.of(
            Field.of("部门名称", "department.name", Type.TEXT, "必填，如“昌吉市人民政府办公室”"),
            Field.of("预算年度", "department.year", Type.INTEGER, "必填，如 2026"),
            new Field("纯行政单位", "department.administrative", Type.BOOL,
                    "行政单位或参照公务员法管理的单位填“是”（其公用经费即机关运行经费）；留空按“是”", LIST_YES_NO),
            Field.of("落款日期", "department.signedOn", Type.DATE, "印在公开文本末尾的日期，如 2026-03-13"),
            Field.of("机构设置", "department.organisation", Type.LONG_TEXT, "按公开文本的写法填写；留空则按“下属单位”表写出")));

    public static final Table DUTIES = new Table("主要职能", "部门的主要职能，一行一条，不写序号", List.of(
            Column.of("序号", null, Type.INTEGER, 6),
            Column.of("主要职能", "value", Type.LONG_TEXT, 100)));

    public static final Table UNITS = new Table("下属单位", "下属预算单位，一行一个；没有则留空", List.of(
            Column.of("序号", null, Type.INTEGER, 6),
            Column.of("单位名称", "value", Type.TEXT, 40)));

    public static final Table LINES = new Table("预算明细",
            "预算明细（必填）：每行一笔，按支出功能分类项 × 经济分类款 × 资金来源 × 支出性质；各表都由它汇总", List.of(
            Column.of("功能分类科目（项）", "function", Type.CODE, 46).list(LIST_FUNCTION_ITEMS, false)
                    .note("7位项级科目代码，可从列表选择；列表外的科目请在“科目名称”表写明名称"),
            Column.of("经济分类科目（款）", "economic", Type.CODE, 36).list(LIST_ECONOMIC, false)
                    .note("5位部门预算支出经济分类款级代码"),
            Column.of("资金来源", "source", Type.CHOICE, 26).list(LIST_SOURCES, true),
            Column.of("支出性质", "nature", Type.CHOICE, 12).list(LIST_NATURES, true)
                    .note("人员经费、公用经费（二者为基本支出）或项目支出"),
            Column.of("所属项目", "project", Type.TEXT, 26).list(LIST_PROJECTS, false)
                    .note("项目支出必填，与“项目”表的项目名称一致；基本支出留空"),
            Column.of("金额（万元）", "amount", Type.MONEY, 14)));

    public static final Table PROJECTS = new Table("项目", "项目支出的项目：名称、科目、依据、承担单位、执行时间、总体目标", List.of(
            Column.of("项目名称", "name", Type.TEXT, 26),
            Column.of("功能分类科目（项）", "function", Type.CODE, 46).list(LIST_FUNCTION_ITEMS, false),
            Column.of("设立的政策依据", "policyBasis", Type.LONG_TEXT, 50),
            Column.of("项目承担单位", "unit", Type.TEXT, 26),
            Column.of("项目负责人", "manager", Type.TEXT, 12),
            Column.of("资金执行开始日期", "start", Type.DATE, 14),
            Column.of("资金执行结束日期", "end", Type.DATE, 14),
            Column.of("项目总体目标", "goal", Type.LONG_TEXT, 60),
            Column.of("资金分配补充说明", "allocationNote", Type.LONG_TEXT, 40)
                    .note("印在资金分配各部分之后（没有分配明细时单独印出）；可留空")));

    public static final Table ALLOCATION = new Table("项目资金分配", "每个项目的资金分配情况，一行一部分；各部分之和应等于项目金额", List.of(
            Column.of("项目名称", "project", Type.TEXT, 26).list(LIST_PROJECTS, true),
            Column.of("分配内容", "label", Type.TEXT, 36),
            Column.of("金额（万元）", "amount", Type.MONEY, 14)));

    private static List<Column> indicatorColumns(boolean project) {
        List<Column> common = List.of(
                Column.of("一级指标", "level1", Type.TEXT, 14),
                Column.of("二级指标", "level2", Type.TEXT, 14),
                Column.of("三级指标", "level3", Type.TEXT, 36),
                Column.of("指标值", "value", Type.TEXT, 16).note("按原样填写，如“≥700条”“=100%”“有效提升”（本列为文本格式）"),
                Column.of("指标值设定依据", "basis", Type.TEXT, 30),
                Column.of("上年完成值", "lastYear", Type.TEXT, 12),
                Column.of("分值权重", "weight", Type.DECIMAL, 10),
                Column.of("评分规则", "scoringRule", Type.TEXT, 24),
                Column.of("佐证资料", "evidence", Type.TEXT, 16));
        if (!project) {
            return common;
        }
        List<Column> out = new ArrayList<>();
        out.add(Column.of("项目名称", "project", Type.TEXT, 26).list(LIST_PROJECTS, true));
        out.addAll(common);
        return List.copyOf(out);
    }

    public static final Table PROJECT_INDICATORS = new Table("项目绩效指标", "每个项目绩效目标表的指标，一行一个", indicatorColumns(true));

    public static final Form TARGET = new Form("部门整体目标", "部门整体绩效目标：联系人、电话和总体目标；指标填在“部门绩效指标”表", List.of(
            Field.of("联系人", "target.contact", Type.TEXT, null),
            Field.of("联系电话", "target.phone", Type.TEXT, null),
            Field.of("部门整体绩效目标", "target.goal", Type.LONG_TEXT, "资金由预算明细算出，不必填写")));

    public static final Table TARGET_INDICATORS = new Table("部门绩效指标",
            "部门整体绩效目标表的指标，一行一个（上年完成值、评分规则、佐证资料一般不填）", indicatorColumns(false));

    /** The {@code lastYear} keys of the 上年对比 sheet, in its order. */
    public static final List<PriorItem> PRIOR_ITEMS = List.of(
            new PriorItem("total", "收支总预算", "说明一：收支总预算"),
            new PriorItem("gpb", "一般公共预算", "说明二：收入（含上级转移支付）"),
            new PriorItem("gpbTransfer", "上级一般公共预算转移支付", "说明二：收入"),
            new PriorItem("fund", "政府性基金预算", "说明二：收入（含上级转移支付）"),
            new PriorItem("fundTransfer", "上级政府性基金转移支付", "说明二：收入"),
            new PriorItem("soe", "国有资本经营预算", "说明二：收入（含上级转移支付）"),
            new PriorItem("soeTransfer", "上级国有资本经营预算转移支付", "说明二：收入"),
            new PriorItem("specialAccount", "财政专户管理资金", "说明二：收入"),
            new PriorItem("unitFunds", "单位资金", "说明二：收入"),
            new PriorItem("carryover", "上年结转结余", "说明二：收入"),
            new PriorItem("basic", "基本支出", "说明三：支出（全部资金）"),
            new PriorItem("project", "项目支出", "说明三：支出（全部资金）"),
            new PriorItem("gpbBasic", "一般公共预算基本支出", "说明五；留空且基本支出全为一般公共预算时即“基本支出”"),
            new PriorItem("gpbProject", "一般公共预算项目支出", "说明五；留空且项目支出全为一般公共预算时即“项目支出”"),
            new PriorItem("runningCosts", "机关运行经费", "说明十三"));

    /** The 三公 keys of the 三公经费 sheet, in its order. */
    public static final List<PriorItem> SANGONG_ITEMS = List.of(
            new PriorItem("sangong", "“三公”经费合计", "说明十"),
            new PriorItem("sangong.travelAbroad", "因公出国（境）费用", "说明十"),
            new PriorItem("sangong.reception", "公务接待费", "说明十"),
            new PriorItem("sangong.vehiclePurchase", "公务用车购置费", "说明十"),
            new PriorItem("sangong.vehicleRunning", "公务用车运行维护费", "说明十"));

    public static final Table LAST_YEAR = new Table("上年对比",
            "上年预算数和变动的主要原因（不写“主要原因是”）；按功能分类科目对比时在“对比项目”填科目代码", List.of(
            Column.of("对比项目", "item", Type.TEXT, 46).list(LIST_PRIOR, false)
                    .note("从列表选择，或填功能分类科目代码（如 2010301）"),
            Column.of("上年预算数（万元）", "amount", Type.MONEY, 16),
            Column.of("变动主要原因", "reason", Type.LONG_TEXT, 60),
            Column.of("用于", null, Type.TEXT, 40)));

    public static final Table SANGONG = new Table("三公经费",
            "“三公”经费的上年预算数和变动原因（本年数由预算明细的 30212、30217、31013、30231 算出）", List.of(
            Column.of("项目", "item", Type.TEXT, 24).list(LIST_SANGONG, true),
            Column.of("上年预算数（万元）", "amount", Type.MONEY, 16),
            Column.of("变动主要原因", "reason", Type.LONG_TEXT, 60)));

    public static final Form OTHER = new Form("其他事项", "机关运行经费、政府采购、国有资产占用使用情况和其他需说明的事项", List.of(
            Field.heading("一、机关运行经费"),
            Field.of("机关运行经费（万元）", "runningCosts", Type.MONEY, "留空则按财政拨款公用经费计算；非纯行政单位请填写"),
            Field.heading("二、政府采购（没有则整段留空）"),
            Field.of("货物（万元）", "procurement.goods", Type.MONEY, null),
            Field.of("工程（万元）", "procurement.works", Type.MONEY, null),
            Field.of("服务（万元）", "procurement.services", Type.MONEY, null),
            Field.of("面向中小企业预留（万元）", "procurement.smeReserve", Type.MONEY, null),
            Field.of("其中面向小微企业预留（万元）", "procurement.smallMicroReserve", Type.MONEY, null),
            Field.heading("三、国有资产占用使用情况（车辆按类型的明细填在“车辆”表）"),
            Field.of("统计截至", "assets.asOf", Type.TEXT, "如“2025年底”"),
            Field.of("房屋面积（平方米）", "assets.buildingArea", Type.DECIMAL, null),
            Field.of("房屋价值（万元）", "assets.buildingValue", Type.MONEY, null),
            Field.of("车辆（辆）", "assets.vehicles", Type.INTEGER, null),
            Field.of("车辆价值（万元）", "assets.vehicleValue", Type.MONEY, null),
            Field.of("办公家具价值（万元）", "assets.furnitureValue", Type.MONEY, null),
            Field.of("其他资产价值（万元）", "assets.otherValue", Type.MONEY, null),
            Field.of("单价50万元以上大型设备（台）", "assets.largeEquipment50", Type.INTEGER, null),
            Field.of("单价100万元以上大型设备（台）", "assets.largeEquipment100", Type.INTEGER, null),
            Field.of("本年购置计划说明", "assets.planned", Type.LONG_TEXT, "如“2026年部门预算未安排购置车辆经费……”"),
            Field.heading("四、其他需说明的事项"),
            Field.of("其他需说明的事项", "otherNotes", Type.LONG_TEXT, "没有则留空")));

    public static final Table VEHICLES = new Table("车辆", "国有资产中的车辆，按类型一行", List.of(
            Column.of("车辆类型", "type", Type.TEXT, 20).list(LIST_VEHICLES, false),
            Column.of("数量（辆）", "count", Type.INTEGER, 12),
            Column.of("价值（万元）", "value", Type.MONEY, 14)));

    public static final Table NAMES = new Table("科目名称", "内置科目表中没有的科目的名称（含其类、款）", List.of(
            Column.of("科目编码", "code", Type.CODE, 14),
            Column.of("科目名称", "name", Type.TEXT, 40)));

    public static final Table PURPOSES = new Table("支出用途", "支出功能分类各类主要用于什么（说明四“主要用于……”）", List.of(
            Column.of("功能分类科目（类）", "code", Type.CODE, 30).list(LIST_FUNCTION_CLASSES, false),
            Column.of("主要用于", "text", Type.LONG_TEXT, 60)));

    public static final Table GLOSSARY = new Table("名词解释", "名词解释；整表留空则使用标准的九条", List.of(
            Column.of("名词", "term", Type.TEXT, 24),
            Column.of("解释", "definition", Type.LONG_TEXT, 90)));

    /** Every data sheet in the workbook's order (after 填表说明; 代码表 comes last, hidden). */
    public static final List<Sheet> SHEETS = List.of(PROFILE, DUTIES, UNITS, LINES, PROJECTS, ALLOCATION, PROJECT_INDICATORS,
            TARGET, TARGET_INDICATORS, LAST_YEAR, SANGONG, OTHER, VEHICLES, NAMES, PURPOSES, GLOSSARY);

    /** The item with this label or key, from either list. */
    static Optional<PriorItem> priorItem(String labelOrKey) {
        return Stream.concat(PRIOR_ITEMS.stream(), SANGONG_ITEMS.stream())
                .filter(p -> p.label().equals(labelOrKey) || p.key().equals(labelOrKey)).findFirst();
    }
}
