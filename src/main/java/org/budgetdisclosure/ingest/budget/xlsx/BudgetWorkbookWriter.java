package org.budgetdisclosure.ingest.budget.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.Catalogs;
import org.budgetdisclosure.catalog.Entry;
import org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout.Column;
import org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout.Field;
import org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout.Form;
import org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout.PriorItem;
import org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout.Table;
import org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout.Type;
import org.budgetdisclosure.model.AllocationPart;
import org.budgetdisclosure.model.Assets;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.GlossaryTerm;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.VehicleGroup;
import org.budgetdisclosure.model.budget.Budget;
import org.budgetdisclosure.model.budget.BudgetLine;
import org.budgetdisclosure.model.budget.Department;
import org.budgetdisclosure.model.budget.DepartmentGoal;
import org.budgetdisclosure.model.budget.FundingSource;
import org.budgetdisclosure.model.budget.Nature;
import org.budgetdisclosure.model.budget.PriorFigure;
import org.budgetdisclosure.model.budget.ProcurementPlan;
import org.budgetdisclosure.model.budget.Project;

/**
 * Writes the budget workbook ({@link WorkbookLayout}): blank, for a finance officer to fill in, or filled
 * from a {@link Budget} (the example, or a JSON budget moved into the workbook). Either way it has the
 * instructions, every data sheet with its header row frozen, text/amount/date formats on the columns,
 * drop-down lists for sources, natures, yes/no and the catalog's codes (on the hidden sheet 代码表), and a
 * prompt on the cells that need one. {@link BudgetXlsxReader} reads what this writes back to the same Budget.
 */
public final class BudgetWorkbookWriter {

    /** Rows below the data that get the column formats and lists, for the officer to add to. */
    private static final int ROWS_FOR_ENTRY = 1000;

    private final XSSFWorkbook wb;
    private final WorkbookStyles styles;
    private final Catalog catalog;
    private final Map<String, String> names;
    private final Set<String> lists = new HashSet<>();

    private BudgetWorkbookWriter(XSSFWorkbook wb, int year, Map<String, String> names) {
        this.wb = wb;
        this.styles = new WorkbookStyles(wb);
        this.catalog = Catalogs.builtIn(year).orElse(null);
        this.names = names;
    }

    /** A blank workbook for {@code year} (its code lists come from that year's built-in catalog). */
    public static void writeBlank(int year, OutputStream out) throws IOException {
        write(null, year, out);
    }

    /** A workbook filled with {@code budget}. */
    public static void write(Budget budget, OutputStream out) throws IOException {
        write(budget, budget.department().year(), out);
    }

    private static void write(Budget budget, int year, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            new BudgetWorkbookWriter(wb, year, budget == null ? Map.of() : budget.names()).fill(budget, year);
            wb.getProperties().getCoreProperties().setTitle(year + "年部门预算填报工作簿");
            wb.getProperties().getCoreProperties().setCreator("budget-disclosure");
            wb.write(out);
        }
        out.flush();
    }

    private void fill(Budget b, int year) {
        instructions(year);
        Sheet listSheet = listSheet(); // first, so that the lists exist when the columns name them
        Department d = b == null ? null : b.department();
        Map<String, Object> profile = new HashMap<>();
        profile.put("department.year", d == null ? year : d.year());
        if (d != null) {
            profile.put("department.name", d.name());
            profile.put("department.administrative", d.administrative());
            profile.put("department.signedOn", d.signedOn());
            profile.put("department.organisation", d.organisationText());
        }
        form(WorkbookLayout.PROFILE, profile);
        table(WorkbookLayout.DUTIES, numbered(d == null ? List.of() : d.duties()));
        table(WorkbookLayout.UNITS, numbered(d == null ? List.of() : d.subordinateUnits()));
        table(WorkbookLayout.LINES, b == null ? List.of() : lines(b.lines()));
        List<Project> projects = b == null ? List.of() : b.projects();
        table(WorkbookLayout.PROJECTS, projects.stream().map(p -> Arrays.<Object>asList(p.name(), code(p.functionCode()),
                p.policyBasis(), p.unit(), p.manager(), p.start(), p.end(), p.goal(), p.allocationNote())).toList());
        List<List<Object>> parts = new ArrayList<>();
        List<List<Object>> indicators = new ArrayList<>();
        for (Project p : projects) {
            for (AllocationPart a : p.allocation()) {
                parts.add(Arrays.asList(p.name(), a.label(), a.amount()));
            }
            for (Indicator i : p.indicators()) {
                List<Object> row = new ArrayList<>();
                row.add(p.name());
                row.addAll(indicator(i));
                indicators.add(row);
            }
        }
        table(WorkbookLayout.ALLOCATION, parts);
        table(WorkbookLayout.PROJECT_INDICATORS, indicators);
        DepartmentGoal g = b == null ? null : b.target();
        Map<String, Object> target = new HashMap<>();
        if (g != null) {
            target.put("target.contact", g.contact());
            target.put("target.phone", g.phone());
            target.put("target.goal", g.goal());
        }
        form(WorkbookLayout.TARGET, target);
        table(WorkbookLayout.TARGET_INDICATORS, g == null ? List.of() : g.indicators().stream().map(BudgetWorkbookWriter::indicator).toList());
        Map<String, PriorFigure> lastYear = b == null ? Map.of() : b.lastYear();
        table(WorkbookLayout.LAST_YEAR, lastYear(lastYear));
        table(WorkbookLayout.SANGONG, WorkbookLayout.SANGONG_ITEMS.stream().map(i -> prior(i.label(), lastYear.get(i.key()), null)).toList());
        form(WorkbookLayout.OTHER, other(b));
        Assets assets = b == null ? null : b.assets();
        table(WorkbookLayout.VEHICLES, assets == null ? List.of() : assets.vehicleGroups().stream()
                .map(v -> Arrays.<Object>asList(v.type(), v.count(), v.value())).toList());
        table(WorkbookLayout.NAMES, new TreeMap<>(names).entrySet().stream().map(e -> Arrays.<Object>asList(e.getKey(), e.getValue())).toList());
        table(WorkbookLayout.PURPOSES, b == null ? List.of() : new TreeMap<>(b.purposes()).entrySet().stream()
                .map(e -> Arrays.<Object>asList(code(e.getKey()), e.getValue())).toList());
        table(WorkbookLayout.GLOSSARY, b == null ? List.of() : b.glossary().stream()
                .map(t -> Arrays.<Object>asList(t.term(), t.definition())).toList());
        // the project names are whatever the 项目 sheet lists, including rows the officer adds
        name(WorkbookLayout.LIST_PROJECTS, "'" + WorkbookLayout.PROJECTS.name() + "'!$A$2:$A$" + (projects.size() + ROWS_FOR_ENTRY + 1));
        for (Sheet sheet : wb) {
            print(sheet);
        }
        wb.setSheetOrder(WorkbookLayout.LISTS, wb.getNumberOfSheets() - 1);
        wb.setSheetHidden(wb.getSheetIndex(listSheet), true);
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
    }

    // --- what goes in the rows ---

    private static List<List<Object>> numbered(List<String> items) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(Arrays.asList(i + 1, items.get(i)));
        }
        return rows;
    }

    private List<List<Object>> lines(List<BudgetLine> lines) {
        return lines.stream().map(l -> Arrays.<Object>asList(code(l.functionCode()), code(Scheme.ECONOMIC, l.economicCode()),
                l.source().chinese(), l.nature().chinese(), l.project(), l.amount())).toList();
    }

    private static List<Object> indicator(Indicator i) {
        return Arrays.asList(i.level1(), i.level2(), i.level3(), i.value() == null ? null : i.value().raw(), i.basis(), i.lastYear(),
                i.weight(), i.scoringRule(), i.evidence());
    }

    /** The fixed items in their order, then the figures by function code, then any other key as it is. */
    private List<List<Object>> lastYear(Map<String, PriorFigure> lastYear) {
        List<List<Object>> rows = new ArrayList<>();
        for (PriorItem i : WorkbookLayout.PRIOR_ITEMS) {
            rows.add(prior(i.label(), lastYear.get(i.key()), i.where()));
        }
        new TreeMap<>(lastYear).forEach((key, p) -> {
            if (WorkbookLayout.priorItem(key).isEmpty()) {
                boolean code = key.chars().allMatch(Character::isDigit);
                rows.add(prior(code ? code(key) : key, p, code ? "说明四、五：按支出功能分类科目" : null));
            }
        });
        return rows;
    }

    private static List<Object> prior(String label, PriorFigure p, String where) {
        List<Object> row = Arrays.asList(label, p == null ? null : p.amount(), p == null ? null : p.reason(), where);
        return where == null ? row.subList(0, 3) : row;
    }

    private static Map<String, Object> other(Budget b) {
        Map<String, Object> v = new HashMap<>();
        if (b == null) {
            return v;
        }
        v.put("runningCosts", b.runningCosts());
        v.put("otherNotes", b.otherNotes());
        ProcurementPlan p = b.procurement();
        if (p != null) {
            v.put("procurement.goods", p.goods());
            v.put("procurement.works", p.works());
            v.put("procurement.services", p.services());
            v.put("procurement.smeReserve", p.smeReserve());
            v.put("procurement.smallMicroReserve", p.smallMicroReserve());
        }
        Assets a = b.assets();
        if (a != null) {
            v.put("assets.asOf", a.asOf());
            v.put("assets.buildingArea", a.buildingArea());
            v.put("assets.buildingValue", a.buildingValue());
            v.put("assets.vehicles", a.vehicles());
            v.put("assets.vehicleValue", a.vehicleValue());
            v.put("assets.furnitureValue", a.furnitureValue());
            v.put("assets.otherValue", a.otherValue());
            v.put("assets.largeEquipment50", a.largeEquipment50());
            v.put("assets.largeEquipment100", a.largeEquipment100());
            v.put("assets.planned", a.plannedText());
        }
        return v;
    }

    /** A function code as its list entry shows it (“2010301 行政运行”), or the code alone when it has no name. */
    private String code(String functionCode) {
        return code(Scheme.FUNCTION, functionCode);
    }

    private String code(Scheme scheme, String code) {
        if (code == null) {
            return null;
        }
        String name = names.get(code);
        if (name == null && catalog != null && code.matches("\\d{3}|\\d{5}|\\d{7}")) {
            name = catalog.classification(scheme).find(code).map(Entry::name).orElse(null);
        }
        return name == null ? code : code + " " + name;
    }

    // --- sheets ---

    private void instructions(int year) {
        Sheet s = wb.createSheet(WorkbookLayout.INSTRUCTIONS);
        s.setColumnWidth(0, 18 * 256);
        s.setColumnWidth(1, 100 * 256);
        int r = 0;
        Cell title = s.createRow(r++).createCell(0);
        title.setCellValue(year + "年部门预算填报工作簿");
        title.setCellStyle(styles.title());
        r++;
        List<String> rules = List.of(
                "本工作簿用于填报部门预算数据。填好后用 bd 读取，即可生成部门预算公开文本（十二张表、说明、绩效目标表和名词解释），"
                        + "表内、表间和说明中的数字都由预算明细算出，不必手工填写。",
                "金额单位为万元，保留两位小数；请填数字，不要带“万元”或千位分隔以外的文字。",
                "带下拉箭头的单元格请从列表中选择。科目代码可从列表选择，也可直接输入代码（只有代码有效，其后的名称仅供阅读）；"
                        + "列表中没有的科目，请在“科目名称”表写明其名称（含所属的类、款）。",
                "每张表第一行是表头，请不要修改表名和表头；数据行可以增删，空行会被忽略。",
                "指标值按原样填写，如“≥700条”“=100%”“≤625元”“有效提升”（该列为文本格式，不会变成公式）。",
                "上年对比：填上年预算数和变动的主要原因（不写“主要原因是”）；不需要说明的项目留空。",
                "检查：bd check 本文件.xlsx　生成：bd render 本文件.xlsx --format pdf --out 公开.pdf（也可 docx、xlsx、html、md）。",
                "填错的地方，bd 会指出工作表和单元格，如“预算明细!F7: 不是金额：“abc””。");
        for (int i = 0; i < rules.size(); i++) {
            Row row = s.createRow(r++);
            cell(row, 0, (i + 1) + ".", styles.label(false));
            cell(row, 1, rules.get(i), styles.paragraph());
            fitHeight(row, lines(rules.get(i), 100));
        }
        r++;
        Row head = s.createRow(r++);
        cell(head, 0, "工作表", styles.header());
        cell(head, 1, "填写内容", styles.header());
        for (WorkbookLayout.Sheet sheet : WorkbookLayout.SHEETS) {
            Row row = s.createRow(r++);
            cell(row, 0, sheet.name(), styles.label(true));
            cell(row, 1, sheet.about(), styles.paragraph());
            fitHeight(row, lines(sheet.about(), 100));
        }
    }

    private void table(Table t, List<List<Object>> rows) {
        Sheet s = wb.createSheet(t.name());
        List<Column> cols = t.columns();
        Row head = s.createRow(0);
        for (int c = 0; c < cols.size(); c++) {
            Column col = cols.get(c);
            cell(head, c, col.header(), styles.header());
            s.setColumnWidth(c, col.width() * 256);
            s.setDefaultColumnStyle(c, styles.value(col.type()));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r + 1);
            List<Object> values = rows.get(r);
            int lines = 1;
            for (int c = 0; c < values.size() && c < cols.size(); c++) {
                value(row, c, cols.get(c).type(), values.get(c));
                if (cols.get(c).type() == Type.LONG_TEXT && values.get(c) != null) {
                    lines = Math.max(lines, lines(values.get(c).toString(), cols.get(c).width()));
                }
            }
            fitHeight(row, lines);
        }
        s.createFreezePane(0, 1);
        int last = rows.size() + ROWS_FOR_ENTRY;
        for (int c = 0; c < cols.size(); c++) {
            validate(s, cols.get(c).type(), cols.get(c).list(), cols.get(c).strict(), cols.get(c).note(), 1, last, c);
        }
    }

    private void form(Form f, Map<String, Object> values) {
        Sheet s = wb.createSheet(f.name());
        Row head = s.createRow(0);
        int[] widths = {30, 60, 50};
        for (int c = 0; c < 3; c++) {
            cell(head, c, WorkbookLayout.FORM_HEADERS.get(c), styles.header());
            s.setColumnWidth(c, widths[c] * 256);
        }
        int r = 1;
        for (Field field : f.fields()) {
            Row row = s.createRow(r);
            cell(row, 0, field.label(), styles.label(field.isHeading()));
            if (!field.isHeading()) {
                row.createCell(1).setCellStyle(styles.value(field.type()));
                value(row, 1, field.type(), values.get(field.path()));
                if (field.note() != null) {
                    cell(row, 2, field.note(), styles.note());
                }
                Object v = values.get(field.path());
                fitHeight(row, Math.max(field.note() == null ? 1 : lines(field.note(), widths[2]),
                        field.type() == Type.LONG_TEXT && v != null ? lines(v.toString(), widths[1]) : 1));
                String list = field.list() != null ? field.list() : field.type() == Type.BOOL ? WorkbookLayout.LIST_YES_NO : null;
                validate(s, field.type(), list, true, null, r, r, 1);
            }
            r++;
        }
        s.createFreezePane(0, 1);
    }

    /** Points per line of wrapped 11-point text. */
    private static final float LINE_HEIGHT = 15f;
    /** Excel's largest row height, in points. */
    private static final float MAX_HEIGHT = 409f;

    /**
     * The lines a wrapped text takes in a column this many characters wide: spreadsheets do not grow a row
     * to its wrapped text when they open a file, so the writer sets the height. A Chinese character is
     * about two widths of the digit the column width is measured in.
     */
    static int lines(String text, int widthChars) {
        int lines = 0;
        for (String para : text.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < para.length(); i++) {
                units += para.charAt(i) < 0x2E80 ? 1 : 2;
            }
            lines += Math.max(1, (units + widthChars - 1) / widthChars);
        }
        return lines;
    }

    private static void fitHeight(Row row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(Math.min(MAX_HEIGHT, lines * LINE_HEIGHT));
        }
    }

    /** Printed on A4 landscape, as wide as the page, with the header row repeated on every page. */
    private static void print(Sheet s) {
        s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        s.getPrintSetup().setLandscape(true);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        if (!s.getSheetName().equals(WorkbookLayout.INSTRUCTIONS)) {
            s.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** One value in its cell, typed as the reader will read it. */
    private void value(Row row, int c, Type type, Object v) {
        if (v == null) {
            return;
        }
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        cell.setCellStyle(styles.value(type));
        // POI keeps numbers as doubles; a two-decimal amount below 10^13 survives the double exactly as
        // its shortest decimal form, which is how the reader takes it back
        if (v instanceof Money m) {
            cell.setCellValue(m.value().doubleValue());
        } else if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            // the scale is part of the value as printed (房屋面积 “0.00”): the format keeps it for the reader
            int scale = Math.max(d.scale(), 0);
            cell.setCellStyle(styles.value(scale == 0 ? "0" : "0." + "0".repeat(scale), false));
        } else if (v instanceof Integer i) {
            cell.setCellValue(i);
        } else if (v instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (v instanceof Boolean b) {
            cell.setCellValue(b ? WorkbookLayout.YES : WorkbookLayout.NO);
        } else {
            cell.setCellValue(v.toString());
        }
    }

    private void validate(Sheet s, Type type, String list, boolean strict, String note, int firstRow, int lastRow, int col) {
        DataValidationHelper helper = s.getDataValidationHelper();
        DataValidationConstraint constraint;
        boolean stop = true;
        if (list != null) {
            if (!lists.contains(list) && !list.equals(WorkbookLayout.LIST_PROJECTS)) { // named at the end
                return; // an empty list (no catalog for the year): nothing to choose from
            }
            constraint = helper.createFormulaListConstraint(list);
            stop = strict;
        } else if (type == Type.MONEY || type == Type.DECIMAL) {
            constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "-1000000000000", "1000000000000");
        } else if (type == Type.INTEGER) {
            constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
        } else if (note != null) {
            constraint = null; // a prompt alone
        } else {
            return;
        }
        DataValidation v = helper.createValidation(constraint == null
                        ? helper.createCustomConstraint("TRUE") : constraint,
                new CellRangeAddressList(firstRow, lastRow, col, col));
        v.setErrorStyle(stop ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        v.setShowErrorBox(constraint != null);
        if (constraint != null) {
            v.createErrorBox("输入有误", list != null
                    ? (stop ? "请从下拉列表中选择。" : "不在列表中：如确为列表外的代码，请在“科目名称”表写明名称。")
                    : type == Type.INTEGER ? "请填整数。" : "请填数字（金额单位为万元）。");
        }
        if (list != null) {
            v.setSuppressDropDownArrow(true); // for XSSF, “true” is what shows the arrow (POI's naming)
        }
        if (note != null) {
            v.createPromptBox("填写说明", note);
            v.setShowPromptBox(true);
        }
        s.addValidationData(v);
    }

    // --- the hidden list sheet ---

    /**
     * The lists the drop-downs choose from, one column each, with a workbook name for each (Excel lists
     * longer than 255 characters must come from cells, not be written into the validation).
     */
    private Sheet listSheet() {
        Sheet s = wb.createSheet(WorkbookLayout.LISTS);
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put(WorkbookLayout.LIST_SOURCES, Arrays.stream(FundingSource.values()).map(FundingSource::chinese).toList());
        columns.put(WorkbookLayout.LIST_NATURES, Arrays.stream(Nature.values()).map(Nature::chinese).toList());
        columns.put(WorkbookLayout.LIST_FUNCTION_ITEMS, entries(Scheme.FUNCTION, CodeLevel.ITEM));
        columns.put(WorkbookLayout.LIST_ECONOMIC, entries(Scheme.ECONOMIC, CodeLevel.SECTION));
        columns.put(WorkbookLayout.LIST_FUNCTION_CLASSES, entries(Scheme.FUNCTION, CodeLevel.CLASS));
        columns.put(WorkbookLayout.LIST_YES_NO, List.of(WorkbookLayout.YES, WorkbookLayout.NO));
        columns.put(WorkbookLayout.LIST_PRIOR, WorkbookLayout.PRIOR_ITEMS.stream().map(PriorItem::label).toList());
        columns.put(WorkbookLayout.LIST_SANGONG, WorkbookLayout.SANGONG_ITEMS.stream().map(PriorItem::label).toList());
        columns.put(WorkbookLayout.LIST_VEHICLES, WorkbookLayout.VEHICLE_TYPES);
        Map<String, String> headers = Map.of(WorkbookLayout.LIST_SOURCES, "资金来源", WorkbookLayout.LIST_NATURES, "支出性质",
                WorkbookLayout.LIST_FUNCTION_ITEMS, "功能分类（项）", WorkbookLayout.LIST_ECONOMIC, "经济分类（款）",
                WorkbookLayout.LIST_FUNCTION_CLASSES, "功能分类（类）", WorkbookLayout.LIST_YES_NO, "是否",
                WorkbookLayout.LIST_PRIOR, "上年对比项目", WorkbookLayout.LIST_SANGONG, "三公经费项目", WorkbookLayout.LIST_VEHICLES, "车辆类型");
        int c = 0;
        for (Map.Entry<String, List<String>> e : columns.entrySet()) {
            List<String> items = e.getValue();
            row(s, 0).createCell(c).setCellValue(headers.get(e.getKey()));
            for (int i = 0; i < items.size(); i++) {
                row(s, i + 1).createCell(c).setCellValue(items.get(i));
            }
            s.setColumnWidth(c, 36 * 256);
            if (!items.isEmpty()) {
                String col = CellReference.convertNumToColString(c);
                name(e.getKey(), "'" + WorkbookLayout.LISTS + "'!$" + col + "$2:$" + col + "$" + (items.size() + 1));
            }
            c++;
        }
        return s;
    }

    private void name(String name, String formula) {
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(formula);
        lists.add(name);
    }

    private static Row row(Sheet s, int r) {
        Row row = s.getRow(r);
        return row == null ? s.createRow(r) : row;
    }

    private List<String> entries(Scheme scheme, CodeLevel level) {
        if (catalog == null) {
            return List.of();
        }
        return catalog.classification(scheme).atLevel(level).stream().map(e -> e.code().digits() + " " + e.name()).toList();
    }
}
