package org.budgetdisclosure.web.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.budgetdisclosure.store.DisclosureRecord;
import org.budgetdisclosure.store.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A department editor uploads the data-entry workbook (the XLSX template) instead of a JSON budget file. */
class WorkbookUploadTest extends PortalTest {

    private Browser editor;

    @BeforeEach
    void editor() {
        long dep = portal.department("工作簿测试局");
        portal.user("workbook-editor", Role.EDITOR, dep);
        editor = portal.login("workbook-editor", Portal.password("workbook-editor"));
    }

    @Test
    void theExampleWorkbookBecomesTheSameBudgetAsTheJsonFile() {
        long fromXlsx = Html.idFromLocation(editor.upload("/desk/upload", "changji-gov-office-2026.budget.xlsx",
                Portal.example("changji-gov-office-2026.budget.xlsx")));
        long fromJson = Html.idFromLocation(editor.upload("/desk/upload", "changji-gov-office-2026.budget.json", Portal.budgetFile()));
        DisclosureRecord x = portal.db().disclosures().find(fromXlsx).orElseThrow();
        DisclosureRecord j = portal.db().disclosures().find(fromJson).orElseThrow();
        assertThat(x.sourceFormat()).isEqualTo(DisclosureRecord.SourceFormat.BUDGET_JSON);
        assertThat(x.errorCount()).isZero();
        assertThat(x.year()).isEqualTo(2026);
        var fromWorkbook = portal.services().workflow().checked(x).disclosure();
        var fromFile = portal.services().workflow().checked(j).disclosure();
        assertThat(fromWorkbook.tables()).isEqualTo(fromFile.tables());
        assertThat(fromWorkbook.explanation().facts()).isEqualTo(fromFile.explanation().facts());
        assertThat(Html.text(editor.get("/desk/d/" + fromXlsx), "finding-counts")).startsWith("0 个错误");
    }

    @Test
    void aWorkbookWithAnUnreadableAmountIsRefusedNamingTheCell() throws Exception {
        byte[] broken;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Portal.example("changji-gov-office-2026.budget.xlsx")))) {
            Sheet lines = wb.getSheet("预算明细");
            Row header = lines.getRow(lines.getFirstRowNum());
            int amountColumn = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c) != null && header.getCell(c).toString().contains("金额")) {
                    amountColumn = c;
                }
            }
            assertThat(amountColumn).as("the 金额 column of 预算明细").isNotNegative();
            lines.getRow(lines.getFirstRowNum() + 1).getCell(amountColumn).setCellValue("一百");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            broken = out.toByteArray();
        }
        int before = portal.db().disclosures().list(new org.budgetdisclosure.store.Disclosures.Filter(null, null, null, null, 1000)).size();
        Browser.Response r = editor.upload("/desk/upload", "坏的.xlsx", broken);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("预算明细!").contains("一百");
        assertThat(portal.db().disclosures().list(new org.budgetdisclosure.store.Disclosures.Filter(null, null, null, null, 1000)))
                .as("nothing stored").hasSize(before);
    }
}
