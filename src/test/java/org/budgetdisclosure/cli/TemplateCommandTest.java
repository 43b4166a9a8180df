package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.cli.ParseCommandTest.bd;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.cli.ParseCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bd template}, and budget workbooks as INPUT of render, check and parse. */
class TemplateCommandTest {

    private static final String JSON = "examples/changji-gov-office-2026.budget.json";
    private static final String XLSX = "examples/changji-gov-office-2026.budget.xlsx";

    @TempDir
    Path dir;

    @Test
    void writesABlankWorkbookForTheLatestCatalogYear() throws Exception {
        Path out = dir.resolve("budget.xlsx");
        Run r = bd("template", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("已写入").contains("budget.xlsx");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("填表说明");
            assertThat(wb.getSheet("部门概况").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2026);
        }
        Run y = bd("template", "--year", "2027", "--out", dir.resolve("b2027.xlsx").toString());
        assertThat(y.exit()).isZero();
        try (InputStream in = Files.newInputStream(dir.resolve("b2027.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("部门概况").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2027);
        }
    }

    @Test
    void aWorkbookFilledFromTheJsonRendersTheSameDisclosureAsTheJson() throws Exception {
        Path out = dir.resolve("filled.xlsx");
        Run t = bd("template", "--from", JSON, "--out", out.toString());
        assertThat(t.exit()).as(t.err()).isZero();
        Run fromXlsx = bd("render", out.toString(), "--format", "md");
        Run fromJson = bd("render", JSON, "--format", "md");
        assertThat(fromXlsx.exit()).as(fromXlsx.err()).isZero();
        assertThat(fromXlsx.err()).isEmpty();
        assertThat(fromXlsx.out()).isEqualTo(fromJson.out()).contains("1,229.70");
        // and the workbook rewritten from itself is the same workbook
        Path again = dir.resolve("again.xlsx");
        assertThat(bd("template", "--from", out.toString(), "--out", again.toString()).exit()).isZero();
        assertThat(bd("render", again.toString(), "--format", "md").out()).isEqualTo(fromJson.out());
    }

    @Test
    void theExampleWorkbookChecksWithoutErrorAndParsesToTheComputedModel() {
        Run check = bd("check", XLSX);
        assertThat(check.exit()).as(check.out()).isZero();
        assertThat(check.out()).contains("错误 0");
        Run parse = bd("parse", XLSX);
        assertThat(parse.exit()).isZero();
        assertThat(parse.out()).isEqualTo(bd("parse", JSON).out()).contains("\"department\" : \"昌吉市人民政府办公室\"");
    }

    @Test
    void everyFormatRendersFromTheWorkbook() throws Exception {
        for (String f : new String[] {"json", "md", "html", "pdf", "docx", "xlsx"}) {
            Path out = dir.resolve("w." + f);
            Run r = bd("render", XLSX, "--format", f, "--out", out.toString());
            assertThat(r.exit()).as(f + ": " + r.err()).isZero();
            assertThat(Files.size(out)).as(f).isGreaterThan(1000);
        }
    }

    @Test
    void aWronglyFilledWorkbookIsCheckedWithFindingsLocatedByCell() throws Exception {
        Path bad = dir.resolve("bad.xlsx");
        try (InputStream in = Files.newInputStream(Path.of(XLSX)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("预算明细").getRow(4).getCell(5).setCellValue("abc");
            try (OutputStream os = Files.newOutputStream(bad)) {
                wb.write(os);
            }
        }
        Run check = bd("check", bad.toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("bad.xlsx: 错误 [BUDGET-AMOUNT]").contains("预算明细!F5: 不是金额：“abc”")
                .contains("docs/budget-format.md（BUDGET-AMOUNT）").doesNotContain("Exception");
        Run render = bd("render", bad.toString(), "--format", "md", "--out", dir.resolve("bad.md").toString());
        assertThat(render.err()).contains("bad.xlsx: 错误 [BUDGET-AMOUNT] 预算明细!F5: 不是金额：“abc”");
        // a budget with errors is not moved into a new workbook: its unreadable line would be lost
        Path copy = dir.resolve("copy.xlsx");
        Run t = bd("template", "--from", bad.toString(), "--out", copy.toString());
        assertThat(t.exit()).isEqualTo(1);
        assertThat(t.err()).contains("预算明细!F5").contains("未写入");
        assertThat(copy).doesNotExist();
    }

    @Test
    void whatIsNotAWorkbookExitsTwoWithItsName() throws Exception {
        Path junk = dir.resolve("junk.xlsx");
        Files.writeString(junk, "this is text");
        for (String command : new String[] {"render", "check", "parse"}) {
            Run r = command.equals("render") ? bd(command, junk.toString(), "--format", "md") : bd(command, junk.toString());
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).contains("junk.xlsx").contains("不是可读取的 XLSX 工作簿").doesNotContain("at org.");
        }
        // a disclosure rendered as XLSX is a workbook, but not a budget
        Path disclosure = dir.resolve("disclosure.xlsx");
        assertThat(bd("render", JSON, "--format", "xlsx", "--out", disclosure.toString()).exit()).isZero();
        Run r = bd("check", disclosure.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("不是预算填报工作簿");
        Run t = bd("template", "--from", junk.toString(), "--out", dir.resolve("x.xlsx").toString());
        assertThat(t.exit()).isEqualTo(2);
        assertThat(t.err()).contains("junk.xlsx");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(bd("template", "--out", dir.resolve("budget.txt").toString()).err()).contains("应以 .xlsx 结尾");
        assertThat(bd("template", "--out", dir.resolve("budget.txt").toString()).exit()).isEqualTo(2);
        assertThat(bd("template", "--out", dir.resolve("no/such/dir/b.xlsx").toString()).exit()).isEqualTo(2);
        assertThat(bd("template", "--year", "2026", "--from", JSON, "--out", dir.resolve("b.xlsx").toString()).exit()).isEqualTo(2);
        assertThat(bd("template", "--from", "examples/changji-gov-office-2026.txt", "--out", dir.resolve("b.xlsx").toString()).err())
                .contains("不是预算文件");
        assertThat(bd("template").exit()).isEqualTo(2); // --out is required
        assertThat(dir.resolve("b.xlsx")).doesNotExist();
    }
}
