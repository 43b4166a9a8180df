package org.budgetdisclosure.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.DocumentHeader;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.GlossaryTerm;
import org.budgetdisclosure.model.Overview;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.render.Grid.ColumnSpec;
import org.budgetdisclosure.render.Grid.Kind;
import org.budgetdisclosure.render.TargetTables.TargetTable;

/**
 * A disclosure as a workbook (XLSX): 部门概况, then one sheet per table as printed (title, 编制部门 and
 * 单位, the header with merged cells and frozen, then the rows with amounts as numbers), then 说明 (part 3,
 * a paragraph per row), one sheet per performance target table, and 名词解释.
 */
public final class XlsxRenderer implements Renderer {

    /** Width of the single text column of the prose sheets, in characters. */
    private static final int PROSE_WIDTH = 110;

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void render(Disclosure d, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxSheets sheets = new XlsxSheets(wb);
            overview(sheets, d.header(), d.overview());
            for (Table t : d.tables()) {
                table(sheets, t);
            }
            explanation(sheets, d.header(), d.explanation());
            for (TargetTable t : TargetTables.of(d.targets())) {
                target(sheets, t);
            }
            glossary(sheets, d.header(), d.glossary());
            wb.getProperties().getCoreProperties().setTitle(
                    OfficeText.clean(Headings.coverUnit(d.header()) + Headings.coverKind(d.header())));
            wb.write(out);
        }
        out.flush();
    }

    private static void overview(XlsxSheets sheets, DocumentHeader h, Overview o) {
        Sheet s = sheets.sheet("部门概况");
        sheets.widths(s, List.of(new ColumnSpec(PROSE_WIDTH)));
        int row = sheets.title(s, 0, Headings.coverUnit(h) + Headings.coverKind(h), 1);
        row = sheets.paragraph(s, row, Headings.part(1, h), 1, true);
        row = sheets.paragraph(s, row, Headings.item(1, "主要职能"), 1, true);
        if (o != null) {
            for (int i = 0; i < o.duties().size(); i++) {
                row = sheets.paragraph(s, row, (i + 1) + ". " + o.duties().get(i), 1, false);
            }
        }
        row = sheets.paragraph(s, row, Headings.item(2, "机构设置"), 1, true);
        if (o != null && o.organisationText() != null) {
            sheets.paragraph(s, row, o.organisationText(), 1, false);
        } else if (o != null && !o.subordinateUnits().isEmpty()) {
            sheets.paragraph(s, row, "下属预算单位：" + String.join("、", o.subordinateUnits()) + "。", 1, false);
        }
        sheets.print(s, false);
    }

    private static void table(XlsxSheets sheets, Table t) {
        Grid g = TableLayouts.of(t);
        int n = g.columns().size();
        Sheet s = sheets.sheet(Headings.table(t));
        sheets.widths(s, g.columns());
        int row = sheets.title(s, 0, Headings.table(t), n);
        row = sheets.meta(s, row, Headings.preparedBy(t), Headings.unit(t), n);
        int next = sheets.grid(s, row, g);
        sheets.freeze(s, row, g.headerRows());
        if (t.emptyStatement() != null) {
            sheets.paragraph(s, next, t.emptyStatement(), n, false);
        }
        sheets.print(s, g.wide());
    }

    private static void explanation(XlsxSheets sheets, DocumentHeader h, Explanation e) {
        Sheet s = sheets.sheet("说明");
        sheets.widths(s, List.of(new ColumnSpec(PROSE_WIDTH)));
        int row = sheets.title(s, 0, Headings.part(3, h), 1);
        if (e != null) {
            for (Section sec : e.sections()) {
                row = sheets.paragraph(s, row, Headings.section(sec), 1, true);
                for (Paragraph p : sec.paragraphs()) {
                    row = sheets.paragraph(s, row, p.text(), 1, p.heading());
                }
            }
        }
        sheets.print(s, false);
    }

    private static void target(XlsxSheets sheets, TargetTable t) {
        Grid g = t.grid();
        int n = g.columns().size();
        // 部门整体绩效目标 / 项目支出绩效目标-电子政务维护费: the project name is what tells the sheets apart
        Sheet s = sheets.sheet(t.title().replace("表", "") + (t.project() == null ? "" : "-" + t.project()));
        sheets.widths(s, g.columns());
        int row = sheets.title(s, 0, t.title(), n);
        if (t.subtitle() != null) {
            row = sheets.subtitle(s, row, t.subtitle(), n);
        }
        sheets.grid(s, row, g);
        sheets.print(s, g.wide());
    }

    private static void glossary(XlsxSheets sheets, DocumentHeader h, List<GlossaryTerm> terms) {
        Sheet s = sheets.sheet("名词解释");
        sheets.widths(s, List.of(new ColumnSpec(6), new ColumnSpec(20), new ColumnSpec(90)));
        int row = sheets.title(s, 0, Headings.part(4, h), 3);
        row = sheets.cells(s, row, Kind.HEADER, false, "序号", "名词", "解释");
        sheets.freeze(s, row - 1, 1);
        for (GlossaryTerm g : terms) {
            row = sheets.cells(s, row, Kind.TEXT, false, Headings.numeral(g.number()), g.term(), g.definition());
        }
        sheets.print(s, false);
    }
}
