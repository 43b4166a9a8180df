package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.budgetdisclosure.Golden;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static byte[] pdf;
    private static List<String> pages;

    @BeforeAll
    static void renderTheSample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(Samples.sample(), out);
        pdf = out.toByteArray();
        pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setLineSeparator("\n");
            s.setSortByPosition(true); // read as a person does: the title first, the page number last
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(s.getText(doc));
            }
        }
    }

    private static String allText() {
        return String.join("", pages);
    }

    /** The 1-based pages whose first lines include {@code title}: where a table starts, not the contents. */
    private static List<Integer> pagesStartingWith(String title) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<String> head = Arrays.stream(pages.get(i).split("\n")).map(String::strip).filter(l -> !l.isEmpty()).limit(3).toList();
            if (head.contains(title)) {
                found.add(i + 1);
            }
        }
        return found;
    }

    private static boolean landscape(PDDocument doc, int page) {
        PDRectangle box = doc.getPage(page - 1).getMediaBox();
        return box.getWidth() > box.getHeight();
    }

    @Test
    void isRegisteredAsABinaryFormat() {
        assertThat(Renderers.byFormat("pdf")).get().isInstanceOf(PdfRenderer.class);
        assertThat(new PdfRenderer().binary()).isTrue();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void allTwelveTableTitlesComeBackAsText() {
        for (TableId id : TableId.values()) {
            assertThat(pagesStartingWith("表" + id.number() + " " + id.title())).as(id.label()).hasSize(1);
        }
        assertThat(allText()).contains("编制部门：昌吉市人民政府办公室").contains("单位：万元").contains("部门预算公开")
                .contains("第四部分 名词解释");
    }

    @Test
    void theFiguresComeBackAsPrinted() {
        assertThat(allText()).contains("1,229.70").contains("963.77").contains("64.00").contains("1,069.18")
                .contains("昌吉市人民政府办公室2026年没有使用政府性基金预算拨款安排的支出");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith("embedded"));
            // one face only: the bundled WenQuanYi Micro Hei, subset
            assertThat(fonts.stream().distinct()).singleElement().asString().contains("WenQuanYiMicroHei");
        }
    }

    private static void collectFonts(PDResources res, List<String> out) throws IOException {
        if (res == null) {
            return;
        }
        for (COSName name : res.getFontNames()) {
            PDFont f = res.getFont(name);
            out.add(f.getName() + (f.isEmbedded() ? " embedded" : " NOT embedded"));
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collectFonts(form.getResources(), out);
            }
        }
    }

    @Test
    void wideTablesAndTargetTablesAreOnLandscapePages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (TableId wide : List.of(TableId.T2, TableId.T7, TableId.T12)) {
                int page = pagesStartingWith("表" + wide.number() + " " + wide.title()).get(0);
                assertThat(landscape(doc, page)).as(wide.label()).isTrue();
            }
            for (TableId narrow : List.of(TableId.T1, TableId.T3, TableId.T6, TableId.T10)) {
                int page = pagesStartingWith("表" + narrow.number() + " " + narrow.title()).get(0);
                assertThat(landscape(doc, page)).as(narrow.label()).isFalse();
            }
            List<Integer> targets = new ArrayList<>(pagesStartingWith("部门整体绩效目标表"));
            targets.addAll(pagesStartingWith("项目支出绩效目标表"));
            assertThat(targets).hasSize(4).allSatisfy(p -> assertThat(landscape(doc, p)).as("page %d", p).isTrue());
            assertThat(landscape(doc, 1)).as("cover").isFalse();
        }
    }

    @Test
    void pagesAreA4AndNumberedInTheFooter() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(15, 60);
            PDRectangle first = doc.getPage(0).getMediaBox();
            assertThat(Math.round(first.getWidth() / 72 * 25.4)).isEqualTo(210);
            assertThat(Math.round(first.getHeight() / 72 * 25.4)).isEqualTo(297);
        }
        // the cover has no number; the page after it ends with its number
        assertThat(pages.get(0)).doesNotContainPattern("(?m)^\\s*1\\s*$");
        assertThat(pages.get(1).strip()).endsWith("2");
        assertThat(pages.get(pages.size() - 1).strip()).endsWith(Integer.toString(pages.size()));
    }

    @Test
    void declaresPdfA2uWithAnOutputIntent() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDMetadata meta = doc.getDocumentCatalog().getMetadata();
            assertThat(meta).isNotNull();
            String xmp = new String(meta.toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")U");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("2026年昌吉市人民政府办公室部门预算公开");
        }
    }

    @Test
    void aDisclosureThatLacksEveryPartStillMakesAPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(new Disclosure("bare.txt", null, null, List.of(), null, null, List.of()), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("部门预算公开");
        }
    }

    @Test
    void theExtractedTextMatchesItsReviewedGolden() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            b.append("=== 第").append(i + 1).append("页\n").append(pages.get(i).stripTrailing()).append('\n');
        }
        Golden.assertMatches("sample.pdf.txt", b.toString());
    }
}
