package org.budgetdisclosure.ingest.budget.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.compute.RandomBudgets;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.ingest.budget.BudgetJsonReader;
import org.budgetdisclosure.model.AllocationPart;
import org.budgetdisclosure.model.Assets;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.GlossaryTerm;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.IndicatorValue;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Operator;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.model.SourceRef;
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
import org.junit.jupiter.api.Test;

/** The data-entry workbook: what the writer puts in it, and that the reader gives back the same Budget. */
class BudgetWorkbookTest {

    private static final Path EXAMPLE_JSON = Path.of("examples", "changji-gov-office-2026.budget.json");
    private static final Path EXAMPLE_XLSX = Path.of("examples", "changji-gov-office-2026.budget.xlsx");
    /** One name for every reading: the glossary's provenance names the source, and Budgets are compared whole. */
    private static final String SOURCE = "budget";

    private static Budget json() throws Exception {
        Parsed<Budget> p = new BudgetJsonReader().read(SOURCE, Files.readAllBytes(EXAMPLE_JSON));
        assertThat(p.diagnostics()).isEmpty();
        return p.value();
    }

    private static Parsed<Budget> read(byte[] xlsx) {
        try {
            return new BudgetXlsxReader().read(SOURCE, xlsx);
        } catch (UnreadableInputException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] write(Budget b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BudgetWorkbookWriter.write(b, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] blank() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetWorkbookWriter.writeBlank(2026, out);
        return out.toByteArray();
    }

    private static List<String> messages(Parsed<?> p) {
        return p.diagnostics().stream().map(d -> d.severity() + " " + d.code() + " " + d.message()).toList();
    }

    /** Applies an edit to a workbook and returns its bytes. */
    private static byte[] edit(byte[] xlsx, java.util.function.Consumer<Workbook> change) throws IOException {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Workbook wb, String sheet, String ref) {
        var r = new org.apache.poi.ss.util.CellReference(ref);
        Sheet s = wb.getSheet(sheet);
        Row row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
        return row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
    }

    /** Every sheet's cells as shown (formats applied), one line per row: what a person sees in the workbook. */
    static String grid(byte[] xlsx) throws IOException {
        StringBuilder b = new StringBuilder();
        DataFormatter f = new DataFormatter();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet s : wb) {
                b.append("## ").append(s.getSheetName()).append(wb.isSheetHidden(wb.getSheetIndex(s)) ? " (hidden)" : "").append('\n');
                for (Row r : s) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < r.getLastCellNum(); c++) {
                        cells.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
                    }
                    b.append(r.getRowNum() + 1).append(": ").append(String.join("\t", cells)).append('\n');
                }
            }
        }
        return b.toString();
    }

    // --- the example ---

    @Test
    void theExampleWorkbookReadsToTheSameBudgetAsTheExampleJson() throws Exception {
        Parsed<Budget> x = read(Files.readAllBytes(EXAMPLE_XLSX));
        assertThat(x.diagnostics()).isEmpty();
        assertThat(x.value()).isEqualTo(json());
        assertThat(x.value().lines()).hasSize(37);
        assertThat(x.value().projects()).hasSize(3);
    }

    @Test
    void theCommittedExampleIsWhatTheWriterMakesFromTheJsonNow() throws Exception {
        // regenerate with: ./bd template --from examples/changji-gov-office-2026.budget.json --out examples/changji-gov-office-2026.budget.xlsx
        assertThat(grid(write(json()))).isEqualTo(grid(Files.readAllBytes(EXAMPLE_XLSX)));
    }

    @Test
    void theExampleSavedByAnotherSpreadsheetProgramStillReadsTheSame() throws Exception {
        // the example as LibreOffice Calc 7.4 saves it (its own styles, shared strings and number formats)
        try (InputStream in = getClass().getResourceAsStream("/ingest/xlsx/example-saved-by-libreoffice.xlsx")) {
            Parsed<Budget> x = read(in.readAllBytes());
            assertThat(x.diagnostics()).isEmpty();
            assertThat(x.value()).isEqualTo(json());
        }
    }

    // --- every field, and random budgets ---

    /** A budget that uses every field of the model, with the values most likely to be bent on the way. */
    static Budget everyField() {
        List<Indicator> indicators = List.of(
                new Indicator("产出指标", "数量指标", "培训人次", new IndicatorValue("≥80人次", Operator.GE, BigDecimal.valueOf(80), "人次"),
                        "计划标准", "75人次", new BigDecimal("8.5"), "按完成比例赋分", "培训签到表", null),
                new Indicator("产出指标", "时效指标", "完成时间", new IndicatorValue("=2026年12月10日", Operator.EQ, null, "2026年12月10日"),
                        null, "/", BigDecimal.TEN, null, null, null),
                new Indicator("效益指标", "社会效益指标", "服务水平", new IndicatorValue("有效提升", null, null, null),
                        "年度计划", null, BigDecimal.valueOf(20), "定性评价", null, null),
                new Indicator("成本指标", "经济成本指标", "人均成本", new IndicatorValue("=100%", Operator.EQ, BigDecimal.valueOf(100), "%"),
                        null, null, null, null, null, null));
        Project p1 = new Project("信息化运维", "2019999", "《某某办法》（某发〔2025〕1号）\n2.《另一文件》", "某中心",
                List.of(new AllocationPart("系统运维", Money.of("10.50")), new AllocationPart("设备购置", Money.of("2.00"))),
                "另有说明。", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "王五", "保障系统运行。", indicators);
        Project p2 = new Project("专项业务经费", null, null, null, List.of(), null, null, null, null, null, List.of());
        List<BudgetLine> lines = List.of(
                new BudgetLine("2019999", "30101", FundingSource.GPB, Nature.BASIC_PERSONNEL, null, Money.of("1234567.89")),
                new BudgetLine("2019999", "30201", FundingSource.CARRY_UNIT_FUNDS, Nature.BASIC_PUBLIC, null, Money.of("0.01")),
                new BudgetLine("2019999", "31002", FundingSource.FUND_TRANSFER, Nature.PROJECT, "信息化运维", Money.of("12.50")),
                new BudgetLine("2080505", "30108", FundingSource.OTHER_INCOME, Nature.BASIC_PERSONNEL, null, Money.of("-3.00")),
                new BudgetLine("2010301", "30299", FundingSource.SPECIAL_ACCOUNT, Nature.PROJECT, "专项业务经费", Money.ZERO));
        Department dept = new Department("某市某局", 2026, List.of("负责甲。", "负责乙；兼顾丙。"), "本局内设 3 个科室。\n下属 1 个单位。",
                List.of("某市某中心"), false, LocalDate.of(2026, 2, 28));
        Map<String, PriorFigure> lastYear = Map.of(
                "total", new PriorFigure(Money.of("1000.00"), "业务增加"),
                "gpbBasic", new PriorFigure(Money.ZERO, null),
                "2019999", new PriorFigure(Money.of("5.55"), "新增项目"),
                "201", new PriorFigure(Money.of("6.00"), null),
                "sangong", new PriorFigure(Money.of("3.00"), "压减"),
                "sangong.reception", new PriorFigure(Money.of("1.00"), "压减接待"));
        Assets assets = new Assets("2025年底", new BigDecimal("1234.5"), Money.of("300.00"), 3, Money.of("45.60"),
                List.of(new VehicleGroup("一般公务用车", 2, Money.of("30.00")), new VehicleGroup("特种专业技术用车", 1, Money.of("15.60"))),
                Money.of("7.00"), null, 1, 0, "2026年安排购置车辆1辆。", null);
        return new Budget(dept, lines, List.of(p1, p2), new DepartmentGoal("赵六", "0994-1234567", "完成全年任务。", indicators.subList(0, 2)),
                lastYear, Map.of("2019999", "其他一般公共服务支出", "20199", "其他一般公共服务支出"), Map.of("201", "机关运转", "208", "社会保障缴费"),
                Money.of("88.80"), new ProcurementPlan(Money.of("1.00"), Money.ZERO, Money.of("2.50"), Money.of("3.50"), Money.of("1.00")),
                assets, "无其他事项。", List.of(new GlossaryTerm(1, "基本支出", "保障机构正常运转的支出。", SourceRef.generated(SOURCE)),
                new GlossaryTerm(2, "项目支出", "为完成特定任务的支出。", SourceRef.generated(SOURCE))));
    }

    @Test
    void aBudgetThatUsesEveryFieldComesBackWhole() {
        Budget b = everyField();
        Parsed<Budget> back = read(write(b));
        assertThat(back.diagnostics()).as(messages(back).toString()).isEmpty();
        assertThat(back.value()).isEqualTo(b);
        // the scale of a decimal is kept (房屋面积 1234.5 is not 1234.50), and so are the indicator weights
        assertThat(back.value().assets().buildingArea()).hasToString("1234.5");
        assertThat(back.value().projects().get(0).indicators().get(0).weight()).hasToString("8.5");
    }

    @Test
    void aBudgetWithNothingOptionalComesBackWithNothingOptional() {
        Budget b = everyField();
        Budget bare = new Budget(b.department(), b.lines().subList(0, 2), List.of(), null, Map.of(), b.names(), Map.of(), null, null,
                null, null, List.of());
        Parsed<Budget> back = read(write(bare));
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.value()).isEqualTo(bare);
    }

    @Test
    void randomBudgetsComeBackWhole() {
        // 15: each example writes and reads a whole workbook (XMLBeans makes that about a tenth of a second)
        qt().withExamples(15).forAll(RandomBudgets.budgets(Arrays.asList(FundingSource.values()))).checkAssert(b -> {
            Parsed<Budget> back = read(write(b));
            assertThat(back.diagnostics()).isEmpty();
            assertThat(back.value()).isEqualTo(b);
        });
    }

    // --- the blank workbook ---

    @Test
    void theBlankWorkbookHasInstructionsEverySheetWithItsHeaderAndTheHiddenLists() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank()))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            List<String> expected = new ArrayList<>(List.of(WorkbookLayout.INSTRUCTIONS));
            WorkbookLayout.SHEETS.forEach(s -> expected.add(s.name()));
            expected.add(WorkbookLayout.LISTS);
            assertThat(names).containsExactlyElementsOf(expected);
            assertThat(wb.isSheetHidden(wb.getSheetIndex(WorkbookLayout.LISTS))).isTrue();
            assertThat(wb.getActiveSheetIndex()).isZero();
            assertThat(grid(blank())).contains("本工作簿用于填报部门预算数据").contains("预算明细\t预算明细（必填）");
            DataFormatter f = new DataFormatter();
            for (WorkbookLayout.Sheet def : WorkbookLayout.SHEETS) {
                XSSFSheet s = wb.getSheet(def.name());
                List<String> header = new ArrayList<>();
                s.getRow(0).forEach(c -> header.add(f.formatCellValue(c)));
                List<String> want = def instanceof WorkbookLayout.Table t ? t.columns().stream().map(WorkbookLayout.Column::header).toList()
                        : WorkbookLayout.FORM_HEADERS;
                assertThat(header).as(def.name()).containsExactlyElementsOf(want);
                assertThat(s.getPaneInformation().isFreezePane()).as(def.name()).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).as(def.name()).isEqualTo((short) 1);
            }
            // a blank form carries the year it was made for, and nothing else
            assertThat(f.formatCellValue(wb.getSheet("部门概况").getRow(2).getCell(1))).isEqualTo("2026");
        }
    }

    @Test
    void theLineSheetHasListsForCodesSourcesAndNaturesAndTwoDecimalAmounts() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank()))) {
            XSSFSheet lines = wb.getSheet(WorkbookLayout.LINES.name());
            Map<String, XSSFDataValidation> byColumn = new java.util.HashMap<>();
            for (XSSFDataValidation v : lines.getDataValidations()) {
                byColumn.put(v.getRegions().getCellRangeAddress(0).formatAsString(), v);
            }
            assertThat(byColumn.get("A2:A1001").getValidationConstraint().getFormula1()).isEqualTo(WorkbookLayout.LIST_FUNCTION_ITEMS);
            assertThat(byColumn.get("B2:B1001").getValidationConstraint().getFormula1()).isEqualTo(WorkbookLayout.LIST_ECONOMIC);
            assertThat(byColumn.get("C2:C1001").getValidationConstraint().getFormula1()).isEqualTo(WorkbookLayout.LIST_SOURCES);
            assertThat(byColumn.get("C2:C1001").getErrorStyle()).isEqualTo(org.apache.poi.ss.usermodel.DataValidation.ErrorStyle.STOP);
            // the catalog is partial: a code outside the list is allowed after a warning
            assertThat(byColumn.get("A2:A1001").getErrorStyle()).isEqualTo(org.apache.poi.ss.usermodel.DataValidation.ErrorStyle.WARNING);
            assertThat(byColumn.get("D2:D1001").getValidationConstraint().getFormula1()).isEqualTo(WorkbookLayout.LIST_NATURES);
            assertThat(byColumn.get("F2:F1001").getValidationConstraint().getValidationType())
                    .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DECIMAL);
            assertThat(lines.getColumnStyle(5).getDataFormatString()).isEqualTo("0.00");
            assertThat(lines.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
            // the named lists point at the hidden sheet, which holds the catalog's codes with their names
            DataFormatter f = new DataFormatter();
            List<String> items = listItems(wb, WorkbookLayout.LIST_FUNCTION_ITEMS, f);
            assertThat(items).contains("2010301 行政运行", "2080505 机关事业单位基本养老保险缴费支出").hasSizeGreaterThan(20);
            assertThat(listItems(wb, WorkbookLayout.LIST_SOURCES, f)).hasSize(FundingSource.values().length).contains("一般公共预算本级");
            assertThat(listItems(wb, WorkbookLayout.LIST_ECONOMIC, f)).contains("30101 基本工资", "30231 公务用车运行维护费");
            assertThat(wb.getName(WorkbookLayout.LIST_PROJECTS).getRefersToFormula()).matches("'?项目'?!\\$A\\$2:\\$A\\$\\d+");
        }
    }

    private static List<String> listItems(XSSFWorkbook wb, String name, DataFormatter f) {
        var area = new org.apache.poi.ss.util.AreaReference(wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion());
        List<String> out = new ArrayList<>();
        for (var ref : area.getAllReferencedCells()) {
            out.add(f.formatCellValue(wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol())));
        }
        return out;
    }

    @Test
    void readingTheBlankWorkbookSaysWhatIsMissingAndNothingElse() throws Exception {
        assertThat(messages(read(blank()))).containsExactly(
                "ERROR BUDGET-FIELD 部门概况!B2: 缺少必填项",
                "ERROR BUDGET-FIELD 预算明细: 没有任何预算明细");
    }

    // --- a wrongly filled workbook ---

    @Test
    void wronglyFilledCellsAreReportedBySheetAndCell() throws Exception {
        byte[] bad = edit(Files.readAllBytes(EXAMPLE_XLSX), wb -> {
            cell(wb, "预算明细", "F5").setCellValue("abc");
            cell(wb, "预算明细", "C6").setCellValue("自筹");
            cell(wb, "预算明细", "A7").setCellValue("行政运行");
            cell(wb, "预算明细", "F8").setCellFormula("1/0");
            cell(wb, "项目", "F2").setCellValue("明年");
            cell(wb, "部门概况", "B4").setCellValue("也许");
            cell(wb, "项目资金分配", "A3").setCellValue("不存在的项目");
            cell(wb, "上年对比", "A3").setCellValue("不知道");
            cell(wb, "上年对比", "A12").setCellValue("2010301 行政运行"); // given again further down
            cell(wb, "其他事项", "B14").setCellValue("四辆");
        });
        // the formula's cached value is what a spreadsheet would have computed: #DIV/0!
        Parsed<Budget> p;
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bad))) {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            p = read(out.toByteArray());
        }
        assertThat(messages(p)).containsExactlyInAnyOrder(
                "ERROR BUDGET-CELL 部门概况!B4: 应为“是”或“否”：“也许”",
                "ERROR BUDGET-CELL 预算明细!F8: 单元格是错误值 #DIV/0!，已当作空白",
                "ERROR BUDGET-CELL 项目资金分配!A3: 项目“不存在的项目”不在“项目”表中，此行未读取",
                "ERROR BUDGET-CELL 上年对比!A3: 未知的对比项目“不知道”，应从下拉列表选择或填支出功能分类科目代码，此行未读取",
                "ERROR BUDGET-CELL 上年对比!A17: 对比项目“2010301 行政运行”重复（已在 上年对比!A12 填写），此行未读取",
                "ERROR BUDGET-DATE 项目!F2: 不是日期（应为 2026-01-01 的形式）：“明年”",
                "ERROR BUDGET-AMOUNT 预算明细!F5: 不是金额：“abc”",
                "ERROR BUDGET-SOURCE 预算明细!C6: 未知的资金来源“自筹”，应为：" + String.join("、",
                        Arrays.stream(FundingSource.values()).map(FundingSource::chinese).toList()),
                "ERROR BUDGET-CODE 预算明细!A7: “行政运行”不是7位的支出功能分类项级科目代码",
                "ERROR BUDGET-FIELD 预算明细!F8: 缺少必填项（金额）",
                "ERROR BUDGET-FIELD 其他事项!B14: 应为整数：\"四辆\"");
        // the rest is read: four lines left out, the others kept
        assertThat(p.value().lines()).hasSize(37 - 4);
    }

    @Test
    void whatASpreadsheetMakesOfTypedValuesIsReadAsMeant() throws Exception {
        byte[] typed = edit(Files.readAllBytes(EXAMPLE_XLSX), wb -> {
            cell(wb, "预算明细", "F2").setCellValue("137.5");           // an amount typed as text
            cell(wb, "预算明细", "F3").setCellFormula("0.1+0.2+130.42"); // a formula with floating-point noise: 130.72
            cell(wb, "预算明细", "A4").setCellValue(2010301);            // a code typed as a number
            cell(wb, "预算明细", "B4").setCellValue("30103基本工资");     // a code followed by any name
            cell(wb, "项目", "F2").setCellValue("2026年1月1日");          // a date typed as text
            cell(wb, "部门概况", "B4").setCellValue(true);                // TRUE for 是
        });
        Parsed<Budget> p;
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(typed))) {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            p = read(out.toByteArray());
        }
        assertThat(p.diagnostics()).isEmpty();
        assertThat(p.value()).isEqualTo(json());
    }

    @Test
    void anAmountWithAThirdDecimalIsRefused() throws Exception {
        byte[] bad = edit(Files.readAllBytes(EXAMPLE_XLSX), wb -> cell(wb, "预算明细", "F2").setCellValue(137.505));
        assertThat(messages(read(bad))).containsExactly(
                "ERROR BUDGET-AMOUNT 预算明细!F2: 不是金额：“137.505”超过两位小数（单位为万元，精确到 0.01）");
    }

    @Test
    void columnsAreFoundByTheirHeaderAndSheetsThatAreMissingAreEmpty() throws Exception {
        // a minimal workbook made by hand: two sheets, the line columns in another order, one extra column
        byte[] minimal;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet profile = wb.createSheet("部门概况");
            profile.createRow(5).createCell(0).setCellValue("部门名称");
            profile.getRow(5).createCell(1).setCellValue("某局");
            profile.createRow(6).createCell(0).setCellValue("预算年度");
            profile.getRow(6).createCell(1).setCellValue("2026");
            Sheet lines = wb.createSheet("预算明细");
            String[] header = {"金额（万元）", "备注", "支出性质", "资金来源", "经济分类科目（款）", "功能分类科目（项）"};
            Row h = lines.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = lines.createRow(3); // rows 2 and 3 left empty
            r.createCell(0).setCellValue(12.5);
            r.createCell(1).setCellValue("随便写");
            r.createCell(2).setCellValue("人员经费");
            r.createCell(3).setCellValue("一般公共预算本级");
            r.createCell(4).setCellValue("30101");
            r.createCell(5).setCellValue("2010301");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            minimal = out.toByteArray();
        }
        Parsed<Budget> p = read(minimal);
        assertThat(messages(p)).containsExactly("WARNING BUDGET-CELL 预算明细!1:1: 找不到列“所属项目”，按空白读取（第 1 行应为表头，请勿修改）");
        assertThat(p.value().department().name()).isEqualTo("某局");
        assertThat(p.value().lines()).containsExactly(
                new BudgetLine("2010301", "30101", FundingSource.GPB, Nature.BASIC_PERSONNEL, null, Money.of("12.50")));
        assertThat(p.value().projects()).isEmpty();
        assertThat(p.value().target()).isNull();
        assertThat(p.value().assets()).isNull();
    }

    @Test
    void aRenamedHeaderIsReportedOnceAndItsValuesAreMissing() throws Exception {
        byte[] bad = edit(Files.readAllBytes(EXAMPLE_XLSX), wb -> cell(wb, "预算明细", "F1").setCellValue("金额"));
        Parsed<Budget> p = read(bad);
        assertThat(messages(p)).first().isEqualTo("WARNING BUDGET-CELL 预算明细!1:1: 找不到列“金额（万元）”，按空白读取（第 1 行应为表头，请勿修改）");
        // each line then lacks its amount, reported at its row
        assertThat(messages(p)).filteredOn(m -> m.contains("缺少必填项（金额）")).hasSize(37)
                .first().isEqualTo("ERROR BUDGET-FIELD 预算明细!2:2: 缺少必填项（金额）");
        assertThat(messages(p)).hasSize(38);
    }

    @Test
    void whatIsNotABudgetWorkbookIsUnreadable() throws Exception {
        assertThatThrownBy(() -> new BudgetXlsxReader().read("x.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("x.xlsx").hasMessageContaining("不是可读取的 XLSX 工作簿");
        assertThatThrownBy(() -> new BudgetXlsxReader().read("x.xlsx", new byte[0])).isInstanceOf(UnreadableInputException.class);
        byte[] other;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("表1 部门收支总体情况表");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            other = out.toByteArray();
        }
        assertThatThrownBy(() -> new BudgetXlsxReader().read("disclosure.xlsx", other)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("不是预算填报工作簿");
    }

    // --- small parts ---

    @Test
    void numbersAreTakenAsTheirShortestDecimalAndNoiseAsTheTwoDecimalValue() {
        assertThat(CellValues.amount(1229.7)).isEqualByComparingTo("1229.70");
        assertThat(CellValues.amount(0.1 + 0.2)).isEqualTo(new BigDecimal("0.30"));
        assertThat(CellValues.amount(12.345)).isEqualTo(new BigDecimal("12.345"));
        assertThat(CellValues.decimal(0, "0.00")).isEqualTo(new BigDecimal("0.00"));
        assertThat(CellValues.decimal(10, "General")).isEqualTo(new BigDecimal("10"));
        assertThat(CellValues.decimal(8.5, "0")).isEqualTo(new BigDecimal("8.5"));
        assertThat(CellValues.decimalsShown("#,##0.00_ ;[Red]-#,##0.00")).isEqualTo(2);
        assertThat(CellValues.date("2026/3/1")).contains(LocalDate.of(2026, 3, 1));
        assertThat(CellValues.date("2026年12月31日")).contains(LocalDate.of(2026, 12, 31));
        assertThat(CellValues.date("2026-02-30")).isEmpty();
    }

    @Test
    void aRowIsTallEnoughForItsWrappedText() {
        assertThat(BudgetWorkbookWriter.lines("短", 10)).isEqualTo(1);
        assertThat(BudgetWorkbookWriter.lines("一二三四五六", 10)).isEqualTo(2); // 12 widths in 10
        assertThat(BudgetWorkbookWriter.lines("ab\ncd", 10)).isEqualTo(2);
    }

    @Test
    void diagnosticsNameTheWorkbookAsTheirSource() throws Exception {
        Diagnostic d = read(blank()).diagnostics().get(0);
        assertThat(d.at().source()).isEqualTo(SOURCE);
    }
}
