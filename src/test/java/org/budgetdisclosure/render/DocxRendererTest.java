package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.budgetdisclosure.Golden;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class DocxRendererTest {

    private static byte[] sample;

    @BeforeAll
    static void render() {
        sample = Rendered.bytes(new DocxRenderer(), Samples.sample());
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static List<XWPFParagraph> styled(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
    }

    /** The table printed after the heading that reads {@code heading}. */
    private static XWPFTable tableAfter(XWPFDocument doc, String heading) {
        boolean seen = false;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && p.getText().equals(heading)) {
                seen = true;
            } else if (seen && e instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no table after " + heading);
    }

    private static XWPFTableRow rowStartingWith(XWPFTable t, String... cells) {
        for (XWPFTableRow r : t.getRows()) {
            boolean match = r.getTableCells().size() >= cells.length;
            for (int i = 0; match && i < cells.length; i++) {
                match = r.getCell(i).getText().equals(cells[i]);
            }
            if (match) {
                return r;
            }
        }
        throw new AssertionError("no row " + String.join(" ", cells));
    }

    @Test
    void isRegisteredAsABinaryFormat() {
        assertThat(Renderers.byFormat("DOCX")).get().isInstanceOf(DocxRenderer.class)
                .satisfies(r -> assertThat(r.binary()).isTrue())
                .satisfies(r -> assertThat(r.extension()).isEqualTo("docx"));
    }

    @Test
    void theTextHoldsAllTwelveTableTitlesAndTheKeyFigures() throws IOException {
        try (XWPFDocument doc = open(sample); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            String text = x.getText();
            for (TableId id : TableId.values()) {
                assertThat(text).contains("表" + id.number() + " " + id.title());
            }
            assertThat(text).contains("1,229.70", "610.96", "1,069.18", "867.27", "201.90", "64.00", "编制部门：昌吉市人民政府办公室",
                    "单位：万元", "政府性基金预算支出情况表为空表。", "部门整体绩效目标表", "电子政务维护费", "=63万元",
                    "指由一般公共预算、政府性基金预算、国有资本经营预算安排的财政拨款数。", "2026年3月13日");
        }
    }

    @Test
    void theTwelveTablesAndFourTargetTablesAreWordTables() throws IOException {
        try (XWPFDocument doc = open(sample)) {
            assertThat(doc.getTables()).hasSize(12 + 4);
            XWPFTable t3 = tableAfter(doc, "表3 部门支出总体情况表");
            assertThat(t3.getRows()).hasSize(3 + 19);
        }
    }

    @Test
    void partsAndTablesAndSectionsAreBuiltInHeadingsWithChineseFonts() throws IOException {
        try (XWPFDocument doc = open(sample)) {
            assertThat(styled(doc, DocxStyles.HEADING_1)).extracting(XWPFParagraph::getText).containsExactly(
                    "第一部分 2026年部门概况", "第二部分 2026年部门预算公开表", "第三部分 2026年部门预算情况说明", "第四部分 名词解释");
            assertThat(styled(doc, DocxStyles.HEADING_2)).extracting(XWPFParagraph::getText)
                    .contains("一、主要职能", "表1 部门收支总体情况表", "表12 上年结转结余情况表",
                            "十三、其他重要事项的情况说明")
                    .hasSize(2 + 12 + 13);
            assertThat(styled(doc, DocxStyles.HEADING_3)).extracting(XWPFParagraph::getText)
                    .contains("（一）一般公共预算当年拨款规模变化情况", "(四)预算绩效情况");
            CTStyle h1 = doc.getStyles().getStyle(DocxStyles.HEADING_1).getCTStyle();
            assertThat(h1.getName().getVal()).isEqualTo("heading 1");
            assertThat(h1.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
            assertThat(h1.getPPr().getOutlineLvl().getVal().intValue()).isZero();
            CTStyle body = doc.getStyles().getStyle(DocxStyles.BODY).getCTStyle();
            assertThat(body.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("宋体");
        }
    }

    @Test
    void headerRowsRepeatOnEveryPageAndSpansAreMerged() throws IOException {
        try (XWPFDocument doc = open(sample)) {
            XWPFTable t3 = tableAfter(doc, "表3 部门支出总体情况表");
            assertThat(t3.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t3.getRow(2).isRepeatHeader()).isTrue();
            assertThat(t3.getRow(3).isRepeatHeader()).isFalse();
            // 科目 over four columns, 支出预算 over three
            XWPFTableCell subject = t3.getRow(0).getCell(0);
            assertThat(subject.getText()).isEqualTo("科目");
            assertThat(subject.getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(4);
            assertThat(t3.getRow(0).getCell(1).getText()).isEqualTo("支出预算");
            // 科目名称 reaches down through the last header row
            assertThat(t3.getRow(1).getCell(1).getText()).isEqualTo("科目名称");
            assertThat(t3.getRow(1).getCell(1).getCTTc().getTcPr().getVMerge().getVal().toString()).isEqualTo("restart");
            assertThat(t3.getRow(2).getCell(3).getCTTc().getTcPr().getVMerge().getVal().toString()).isEqualTo("continue");
        }
    }

    @Test
    void amountsAreRightAlignedWithTwoDecimalsEmptyCellsStayEmptyAndSubtotalsAreBold() throws IOException {
        try (XWPFDocument doc = open(sample)) {
            XWPFTable t3 = tableAfter(doc, "表3 部门支出总体情况表");
            XWPFTableRow item = rowStartingWith(t3, "201", "03", "01");
            assertThat(item.getCell(4).getText()).isEqualTo("610.96");
            assertThat(item.getCell(4).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(item.getCell(6).getText()).isEmpty();
            assertThat(runs(item.getCell(4))).noneMatch(XWPFRun::isBold);
            XWPFTableRow subtotal = rowStartingWith(t3, "201", "", "");
            assertThat(runs(subtotal.getCell(4))).isNotEmpty().allMatch(XWPFRun::isBold);
            XWPFTableRow total = t3.getRow(t3.getNumberOfRows() - 1);
            assertThat(total.getCell(4).getText()).isEqualTo("1,229.70");
        }
    }

    private static List<XWPFRun> runs(XWPFTableCell c) {
        return c.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).toList();
    }

    @Test
    void wideTablesGetLandscapeSectionsAndEverySectionShowsPageNumbers() throws IOException {
        try (XWPFDocument doc = open(sample)) {
            List<CTSectPr> sections = new ArrayList<>();
            List<String> endsAfter = new ArrayList<>();
            String lastHeading = "";
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    if (p.getStyle() != null && p.getStyle().startsWith("Heading") || "TableTitle".equals(p.getStyle())) {
                        lastHeading = p.getText();
                    }
                    if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
                        sections.add(p.getCTP().getPPr().getSectPr());
                        endsAfter.add(lastHeading);
                    }
                }
            }
            sections.add(doc.getDocument().getBody().getSectPr());
            List<String> landscape = new ArrayList<>();
            for (int i = 0; i < sections.size() - 1; i++) {
                if (sections.get(i).getPgSz().getOrient() == STPageOrientation.LANDSCAPE) {
                    landscape.add(endsAfter.get(i));
                }
            }
            // 表2, 表7 and 表12 are wider than a portrait page; so are the three project target tables
            assertThat(landscape).containsExactly("表2 部门收入总体情况表", "表7 一般公共预算项目支出情况表",
                    "表12 上年结转结余情况表", "项目支出绩效目标表");
            assertThat(sections).allSatisfy(s -> assertThat(s.sizeOfFooterReferenceArray()).isEqualTo(1));
        }
    }

    @Test
    void aDisclosureWithOnlyOneTableAndNothingElseStillRenders() throws IOException {
        Disclosure bare = new Disclosure("bare.txt", null, null, List.of(Rendered.table3()), null, null, List.of());
        byte[] bytes = Rendered.bytes(new DocxRenderer(), bare);
        try (XWPFDocument doc = open(bytes)) {
            assertThat(doc.getTables()).hasSize(1);
            assertThat(styled(doc, DocxStyles.HEADING_1)).extracting(XWPFParagraph::getText)
                    .containsExactly("第一部分 部门概况", "第二部分 部门预算公开表", "第三部分 部门预算情况说明", "第四部分 名词解释");
        }
    }

    @Test
    void hostileTextIsWrittenAsTextAndTheDocumentStillOpens() throws IOException {
        byte[] bytes = Rendered.bytes(new DocxRenderer(), Rendered.hostile(Samples.sample()));
        try (XWPFDocument doc = open(bytes); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            String text = x.getText();
            assertThat(text).contains("编制部门：" + Rendered.HOSTILE_CLEANED, Rendered.HOSTILE_CLEANED + "：" + Rendered.HOSTILE_CLEANED)
                    .doesNotContain("\u0001", "\u0007", "\u0000");
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().equals(Rendered.HOSTILE_CLEANED));
        }
    }

    @Test
    void theDocumentAndItsStylesAreValidAgainstTheWordSchema() throws IOException {
        // Word rejects a file that breaks the schema (a second w:pPr, elements out of order) that POI reads happily
        try (XWPFDocument doc = open(sample)) {
            List<XmlError> errors = new ArrayList<>();
            XmlOptions options = new XmlOptions().setErrorListener(errors);
            doc.getDocument().validate(options);
            doc.getStyles().getCtStyles().validate(options);
            assertThat(errors).extracting(Object::toString).isEmpty();
        }
    }

    @Test
    void theParagraphsAndTablesMatchTheReviewedGolden() throws IOException {
        Golden.assertMatches("sample.docx.txt", outline(sample));
    }

    /**
     * The document as lines: each paragraph with its style ({@code [Heading2] 表1 …}), each table row as
     * its cells between bars; empty paragraphs (section breaks, spacing) are left out.
     */
    static String outline(byte[] bytes) throws IOException {
        StringBuilder b = new StringBuilder();
        try (XWPFDocument doc = open(bytes)) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p && !p.getText().isEmpty()) {
                    b.append('[').append(p.getStyle() == null ? "" : p.getStyle()).append("] ").append(p.getText()).append('\n');
                } else if (e instanceof XWPFTable t) {
                    b.append("[table ").append(t.getNumberOfRows()).append(" rows]\n");
                    for (XWPFTableRow r : t.getRows()) {
                        b.append(r.getTableCells().stream().map(XWPFTableCell::getText)
                                .collect(Collectors.joining(" | ", "| ", " |"))).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }
}
