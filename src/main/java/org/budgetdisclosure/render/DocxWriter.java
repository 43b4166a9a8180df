package org.budgetdisclosure.render;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.DocumentHeader;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.GlossaryTerm;
import org.budgetdisclosure.model.Overview;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.render.TargetTables.TargetTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Writes one disclosure into a new Word document, part by part. Pages are A4; a table too wide for a
 * portrait page gets a landscape section of its own, and every table of part 2 starts on a new page.
 */
final class DocxWriter {

    /** A4 in twentieths of a point, and a 2.2 cm margin. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 1247;
    private static final int COVER_DROP = 4800;

    private final XWPFDocument doc;
    private final List<CTSectPr> sections = new ArrayList<>();
    private boolean landscape;
    private boolean atPageStart = true;

    DocxWriter(XWPFDocument doc) {
        this.doc = doc;
    }

    void write(Disclosure d) {
        DocxStyles.install(doc);
        DocumentHeader h = d.header();
        cover(h);
        overview(h, d.overview());
        tables(h, d.tables());
        explanation(h, d.explanation(), TargetTables.of(d.targets()));
        glossary(h, d.glossary());
        signature(h);
        finish(h);
    }

    /** The cover: the unit and the kind of document, a third of the way down the page. */
    private void cover(DocumentHeader h) {
        paragraph(DocxStyles.TITLE, Headings.coverUnit(h)).setSpacingBefore(COVER_DROP);
        paragraph(DocxStyles.TITLE, Headings.coverKind(h));
        atPageStart = false;
    }

    private void overview(DocumentHeader h, Overview o) {
        heading(DocxStyles.HEADING_1, Headings.part(1, h), true);
        heading(DocxStyles.HEADING_2, Headings.item(1, "主要职能"), false);
        if (o != null) {
            for (int i = 0; i < o.duties().size(); i++) {
                paragraph(DocxStyles.BODY, (i + 1) + ". " + o.duties().get(i));
            }
        }
        heading(DocxStyles.HEADING_2, Headings.item(2, "机构设置"), false);
        if (o != null && o.organisationText() != null) {
            paragraph(DocxStyles.BODY, o.organisationText());
        } else if (o != null && !o.subordinateUnits().isEmpty()) {
            paragraph(DocxStyles.BODY, "下属预算单位：" + String.join("、", o.subordinateUnits()) + "。");
        }
    }

    private void tables(DocumentHeader h, List<Table> tables) {
        heading(DocxStyles.HEADING_1, Headings.part(2, h), true);
        boolean first = true;
        for (Table t : tables) {
            Grid grid = TableLayouts.of(t);
            orientation(grid.wide());
            XWPFParagraph title = heading(DocxStyles.HEADING_2, Headings.table(t), !first);
            title.setAlignment(ParagraphAlignment.CENTER);
            first = false;
            meta(Headings.preparedBy(t), Headings.unit(t));
            DocxTables.draw(doc, grid, textWidth());
            if (t.emptyStatement() != null) {
                paragraph(DocxStyles.BODY, t.emptyStatement());
            }
        }
        orientation(false);
    }

    private void explanation(DocumentHeader h, Explanation e, List<TargetTable> targets) {
        heading(DocxStyles.HEADING_1, Headings.part(3, h), true);
        List<Section> sections = e == null ? List.of() : e.sections();
        List<List<List<TargetTable>>> placed = TargetTables.place(sections, targets);
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            orientation(false);
            heading(DocxStyles.HEADING_2, Headings.section(s), false);
            List<Paragraph> ps = s.paragraphs();
            for (int j = 0; j <= ps.size(); j++) {
                for (TargetTable t : placed.get(i).get(j)) {
                    target(t);
                }
                if (j < ps.size()) {
                    orientation(false);  // text after a landscape target table is back on portrait pages
                    Paragraph p = ps.get(j);
                    if (p.heading()) {
                        heading(DocxStyles.HEADING_3, p.text(), false);
                    } else {
                        paragraph(DocxStyles.BODY, p.text());
                    }
                }
            }
        }
        if (sections.isEmpty()) {
            targets.forEach(this::target);
        }
        orientation(false);
    }

    /** A target table; a wide (project) table starts a page, so that it is not split from its title. */
    private void target(TargetTable t) {
        orientation(t.grid().wide());
        boolean fresh = atPageStart;
        XWPFParagraph title = paragraph(DocxStyles.TABLE_TITLE, t.title());
        if (t.grid().wide() && !fresh) {
            title.setPageBreak(true);
        }
        if (t.subtitle() != null) {
            paragraph(DocxStyles.META, t.subtitle()).setAlignment(ParagraphAlignment.CENTER);
        }
        DocxTables.draw(doc, t.grid(), textWidth());
        doc.createParagraph();
    }

    private void glossary(DocumentHeader h, List<GlossaryTerm> terms) {
        heading(DocxStyles.HEADING_1, Headings.part(4, h), true);
        for (GlossaryTerm g : terms) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.BODY);
            run(p, Headings.numeral(g.number()) + "、" + Objects.toString(g.term(), "") + "：").setBold(true);
            run(p, g.definition());
        }
    }

    private void signature(DocumentHeader h) {
        if (h == null || h.signedBy() == null && h.signedOn() == null) {
            return;
        }
        doc.createParagraph();
        if (h.signedBy() != null) {
            paragraph(null, h.signedBy()).setAlignment(ParagraphAlignment.RIGHT);
        }
        if (h.signedOn() != null) {
            paragraph(null, Headings.date(h.signedOn())).setAlignment(ParagraphAlignment.RIGHT);
        }
    }

    /** The last section's page, page numbers in every section's footer, the document's title. */
    private void finish(DocumentHeader h) {
        CTSectPr last = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        page(last, landscape);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        // a section without its own footer reference shows none (Word does not inherit backwards), so the
        // earlier sections point at the same footer
        CTHdrFtrRef ref = last.getFooterReferenceArray(0);
        for (CTSectPr s : sections) {
            CTHdrFtrRef copy = s.addNewFooterReference();
            copy.setId(ref.getId());
            copy.setType(ref.getType());
        }
        doc.getProperties().getCoreProperties().setTitle(OfficeText.clean(Headings.coverUnit(h) + Headings.coverKind(h)));
    }

    /**
     * Ends the current section when the next content needs the other orientation. True when it did: the
     * content then starts on a new page.
     */
    private boolean orientation(boolean wantLandscape) {
        if (wantLandscape == landscape) {
            return false;
        }
        XWPFParagraph end = doc.createParagraph();
        CTSectPr s = properties(end).addNewSectPr();
        page(s, landscape);
        sections.add(s);
        landscape = wantLandscape;
        atPageStart = true;
        return true;
    }

    private static void page(CTSectPr s, boolean landscape) {
        CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar m = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
        m.setTop(BigInteger.valueOf(MARGIN));
        m.setBottom(BigInteger.valueOf(MARGIN));
        m.setLeft(BigInteger.valueOf(MARGIN));
        m.setRight(BigInteger.valueOf(MARGIN));
        m.setHeader(BigInteger.valueOf(MARGIN / 2));
        m.setFooter(BigInteger.valueOf(MARGIN / 2));
        m.setGutter(BigInteger.ZERO);
    }

    private int textWidth() {
        return (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
    }

    /** 编制部门 on the left and 单位 on the right of one line (a right tab at the text's edge). */
    private void meta(String left, String right) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.META);
        CTTabStop tab = properties(p).addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(textWidth()));
        run(p, left);
        run(p, null).addTab();
        run(p, right);
    }

    /** The paragraph's properties, made if missing (a second {@code w:pPr} would make Word reject the file). */
    private static CTPPr properties(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    private XWPFParagraph heading(String style, String text, boolean newPage) {
        XWPFParagraph p = paragraph(style, text);
        if (newPage && !atPageStart) {
            p.setPageBreak(true);
        }
        atPageStart = false;
        return p;
    }

    private XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        run(p, text);
        atPageStart = false;
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        String clean = OfficeText.clean(text);
        if (clean != null && !clean.isEmpty()) {
            r.setText(clean);
        }
        return r;
    }
}
