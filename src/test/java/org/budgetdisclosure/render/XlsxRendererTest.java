package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.budgetdisclosure.Golden;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class XlsxRendererTest {

    private static byte[] sample;

    @BeforeAll
    static void render() {
        sample = Rendered.bytes(new XlsxRenderer(), Samples.sample());
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The first row whose first three cells read 类, 款, 项 as given. */
    private static Row codeRow(Sheet s, String cls, String section, String item) {
        DataFormatter f = new DataFormatter();
        for (Row r : s) {
            if (f.formatCellValue(r.getCell(0)).equals(cls) && f.formatCellValue(r.getCell(1)).equals(section)
                    && f.formatCellValue(r.getCell(2)).equals(item)) {
                return r;
            }
        }
        throw new AssertionError("no row " + cls + " " + section + " " + item + " in " + s.getSheetName());
    }

    /** The column whose header cell (in the given rows) reads {@code label}. */
    private static int column(Sheet s, String label, int fromRow, int toRow) {
        DataFormatter f = new DataFormatter();
        for (int r = fromRow; r <= toRow; r++) {
            for (Cell c : s.getRow(r)) {
                if (f.formatCellValue(c).equals(label)) {
                    return c.getColumnIndex();
                }
            }
        }
        throw new AssertionError("no header " + label);
    }

    private static boolean blank(Cell c) {
        return c == null || c.getCellType() == CellType.BLANK;
    }

    @Test
    void isRegisteredAsABinaryFormat() {
        assertThat(Renderers.byFormat("XLSX")).get().isInstanceOf(XlsxRenderer.class)
                .satisfies(r -> assertThat(r.binary()).isTrue())
                .satisfies(r -> assertThat(r.extension()).isEqualTo("xlsx"));
    }

    @Test
    void hasASheetPerTableNamedByNumberAndTitleThenTheProseAndTargetSheets() throws IOException {
        try (XSSFWorkbook wb = open(sample)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            for (TableId id : TableId.values()) {
                assertThat(names).anyMatch(n -> n.startsWith("表" + id.number() + " "));
            }
            assertThat(names).contains("部门概况", "表1 部门收支总体情况表", "表3 部门支出总体情况表",
                    "表10 财政拨款“三公”经费支出情况表", "说明", "部门整体绩效目标", "项目支出绩效目标-电子政务维护费",
                    "项目支出绩效目标-化债工作奖补资金", "项目支出绩效目标-运行补助经费", "名词解释");
            assertThat(names).hasSize(1 + 12 + 1 + 4 + 1).allMatch(n -> n.length() <= 31);
        }
    }

    @Test
    void amountsAreNumericCellsWithTheTwoDecimalFormat() throws IOException {
        try (XSSFWorkbook wb = open(sample)) {
            Sheet t3 = wb.getSheet("表3 部门支出总体情况表");
            int total = column(t3, "合计", 2, 4);
            Cell c = codeRow(t3, "201", "03", "01").getCell(total);
            assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(c.getNumericCellValue()).isEqualTo(610.96);
            assertThat(c.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Row sum = t3.getRow(t3.getLastRowNum());
            assertThat(new DataFormatter().formatCellValue(sum.getCell(total))).isEqualTo("1,229.70");
        }
    }

    @Test
    void anEmptyPrintedCellStaysBlankNotZero() throws IOException {
        try (XSSFWorkbook wb = open(sample)) {
            Sheet t3 = wb.getSheet("表3 部门支出总体情况表");
            Row r = codeRow(t3, "201", "03", "01");
            assertThat(blank(r.getCell(column(t3, "项目支出", 2, 4)))).isTrue();
            Sheet t8 = wb.getSheet("表8 政府性基金预算支出情况表");
            Row total = t8.getRow(t8.getLastRowNum() - 1);  // the last row is the empty statement
            for (int c = 4; c < 8; c++) {
                assertThat(blank(total.getCell(c))).as("表8 总计 column %d", c).isTrue();
            }
        }
    }

    @Test
    void everyAmountIsANumberAndNoTextCellHoldsAnAmount() throws IOException {
        try (XSSFWorkbook wb = open(sample)) {
            int numbers = 0;
            for (Sheet s : wb) {
                if (!s.getSheetName().startsWith("表")) {
                    continue;
                }
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains(".")) {
                            assertThat(Money.tryParse(c.getStringCellValue()))
                                    .as("%s!%s", s.getSheetName(), c.getAddress()).isEmpty();
                        } else if (c.getCellType() == CellType.NUMERIC) {
                            assertThat(c.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                            numbers++;
                        }
                    }
                }
            }
            assertThat(numbers).isGreaterThan(100);
        }
    }

    @Test
    void codesAreTextSoTheirLeadingZerosSurvive() throws IOException {
        try (XSSFWorkbook wb = open(sample)) {
            Row r = codeRow(wb.getSheet("表3 部门支出总体情况表"), "201", "03", "01");
            assertThat(r.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(r.getCell(1).getStringCellValue()).isEqualTo("03");
        }
    }

    @Test
    void subtotalRowsAreBoldAndItemRowsAreNot() throws IOException {
        try (XSSFWorkbook wb = open(sample)) {
            Sheet t3 = wb.getSheet("表3 部门支出总体情况表");
            assertThat(wb.getFontAt(codeRow(t3, "201", "", "").getCell(4).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(wb.getFontAt(codeRow(t3, "201", "03", "01").getCell(4).getCellStyle().getFontIndex()).getBold())
                    .isFalse();
        }
    }

    @Test
    void headerRowsAreFrozenAndGroupHeadingsMergedOverTheirColumns() throws IOException {
        try (XSSFWorkbook wb = open(sample)) {
            Sheet t3 = wb.getSheet("表3 部门支出总体情况表");
            // title, 编制部门/单位, then three header rows
            assertThat(t3.getPaneInformation().isFreezePane()).isTrue();
            assertThat(t3.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 5);
            assertThat(t3.getMergedRegions()).contains(
                    CellRangeAddress.valueOf("A1:G1"),    // the title
                    CellRangeAddress.valueOf("E3:G3"),    // 支出预算 over 合计, 基本支出, 项目支出
                    CellRangeAddress.valueOf("A4:C4"),    // 科目代码 over 类 款 项
                    CellRangeAddress.valueOf("D4:D5"));   // 科目名称 down to the last header row
            Sheet t1 = wb.getSheet("表1 部门收支总体情况表");
            assertThat(t1.getMergedRegions()).contains(CellRangeAddress.valueOf("A3:B3"), CellRangeAddress.valueOf("C3:D3"));
            assertThat(t1.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
            assertThat(t3.getColumnWidth(3)).isGreaterThan(t3.getColumnWidth(0));
        }
    }

    @Test
    void twoSidedTablesPrintIncomeBesideExpenditureWithTheTotalsOnTheLastLine() throws IOException {
        try (XSSFWorkbook wb = open(sample)) {
            Sheet t1 = wb.getSheet("表1 部门收支总体情况表");
            DataFormatter f = new DataFormatter();
            Row first = t1.getRow(4);
            assertThat(f.formatCellValue(first.getCell(0))).isEqualTo("一、本年收入");
            assertThat(f.formatCellValue(first.getCell(1))).isEqualTo("1,229.70");
            assertThat(f.formatCellValue(first.getCell(2))).isEqualTo("201 一般公共服务支出");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(963.77);
            Row last = t1.getRow(t1.getLastRowNum());
            assertThat(f.formatCellValue(last.getCell(0))).isEqualTo("收入总计");
            assertThat(f.formatCellValue(last.getCell(2))).isEqualTo("支出总计");
        }
    }

    @Test
    void theProseSheetHasOneRowPerParagraphAndTargetsKeepTheirFigures() throws IOException {
        Disclosure d = Samples.sample();
        try (XSSFWorkbook wb = open(sample)) {
            Sheet prose = wb.getSheet("说明");
            int paragraphs = d.explanation().sections().stream().mapToInt(s -> 1 + s.paragraphs().size()).sum();
            assertThat(prose.getLastRowNum()).isEqualTo(paragraphs);  // row 0 is the title
            assertThat(prose.getRow(2).getCell(0).getStringCellValue()).contains("收支总预算1,229.70万元");
            Sheet target = wb.getSheet("项目支出绩效目标-电子政务维护费");
            DataFormatter f = new DataFormatter();
            Optional<Cell> budget = cells(target).stream().filter(c -> c.getCellType() == CellType.NUMERIC)
                    .findFirst();
            assertThat(budget).get().extracting(f::formatCellValue).isEqualTo("87.74");
            assertThat(cells(target)).anyMatch(c -> f.formatCellValue(c).equals("=63万元"));
            assertThat(wb.getSheet("名词解释").getRow(2).getCell(1).getStringCellValue()).isEqualTo("财政拨款");
        }
    }

    private static List<Cell> cells(Sheet s) {
        List<Cell> out = new ArrayList<>();
        s.forEach(r -> r.forEach(out::add));
        return out;
    }

    @Test
    void aDisclosureWithOnlyOneTableAndNothingElseStillRenders() throws IOException {
        Disclosure bare = new Disclosure("bare.txt", null, null, List.of(Rendered.table3()), null, null, List.of());
        byte[] bytes = Rendered.bytes(new XlsxRenderer(), bare);
        try (XSSFWorkbook wb = open(bytes)) {
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("表3 部门支出总体情况表");
            assertThat(wb.getSheet("说明").getLastRowNum()).isZero();
        }
    }

    @Test
    void hostileTextIsWrittenAsTextAndTheFileStillOpens() throws IOException {
        byte[] bytes = Rendered.bytes(new XlsxRenderer(), Rendered.hostile(Samples.sample()));
        try (XSSFWorkbook wb = open(bytes)) {
            Sheet t3 = wb.getSheetAt(3);  // after 部门概况, 表1 and 表2
            assertThat(t3.getSheetName()).startsWith("表3 部门支出总体情况表").hasSizeLessThanOrEqualTo(31)
                    .doesNotContain("[", "]", ":", "*", "?", "/", "\\");
            assertThat(t3.getRow(1).getCell(0).getStringCellValue()).isEqualTo("编制部门：" + Rendered.HOSTILE_CLEANED);
            assertThat(cells(t3)).anyMatch(c -> c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(Rendered.HOSTILE_CLEANED));
            assertThat(cells(wb.getSheet("说明"))).anyMatch(c -> c.getStringCellValue().equals(Rendered.HOSTILE_CLEANED));
        }
    }

    @Test
    void sheetNamesAreCutToThirtyOneCharactersAndKeptUnique() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxSheets sheets = new XlsxSheets(wb);
            String longName = "表7 一般公共预算项目支出情况表（含上级转移支付安排的项目支出明细）";
            Sheet a = sheets.sheet(longName);
            Sheet b = sheets.sheet(longName);
            Sheet c = sheets.sheet("说明");
            Sheet d = sheets.sheet("说明");
            assertThat(a.getSheetName()).hasSize(31).isEqualTo(longName.substring(0, 31));
            assertThat(b.getSheetName()).hasSize(31).endsWith("(2)");
            assertThat(c.getSheetName()).isEqualTo("说明");
            assertThat(d.getSheetName()).isEqualTo("说明(2)");
        }
    }

    @Test
    void everySheetAndTheStylesAreValidAgainstTheSpreadsheetSchema() throws IOException {
        try (XSSFWorkbook wb = open(sample)) {
            List<XmlError> errors = new ArrayList<>();
            XmlOptions options = new XmlOptions().setErrorListener(errors);
            for (Sheet s : wb) {
                ((XSSFSheet) s).getCTWorksheet().validate(options);
            }
            wb.getStylesSource().getCTStylesheet().validate(options);
            assertThat(errors).extracting(Object::toString).isEmpty();
        }
    }

    @Test
    void theCellGridMatchesTheReviewedGolden() throws IOException {
        Golden.assertMatches("sample.xlsx.csv", grid(sample));
    }

    /** Every sheet as CSV of what a reader sees (formatted values), after a line naming it and its merges. */
    static String grid(byte[] bytes) throws IOException {
        StringWriter out = new StringWriter();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = open(bytes);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            for (Sheet s : wb) {
                out.write("# sheet " + s.getSheetName() + "\n");
                List<String> merged = s.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted().toList();
                var pane = s.getPaneInformation();
                out.write("# frozen rows " + (pane == null ? 0 : pane.getHorizontalSplitTopRow()) + "; merged "
                        + String.join(" ", merged) + "\n");
                for (int r = 0; r <= s.getLastRowNum(); r++) {
                    Row row = s.getRow(r);
                    List<String> values = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            values.add(f.formatCellValue(row.getCell(c)));
                        }
                    }
                    while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
                        values.remove(values.size() - 1);
                    }
                    csv.printRecord(values);
                }
            }
            csv.flush();
        }
        return out.toString();
    }
}
