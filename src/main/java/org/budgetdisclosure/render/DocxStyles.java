package org.budgetdisclosure.render;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of the DOCX. Headings are Word's built-in heading styles (style names
 * {@code heading 1…3}), so Word and WPS show them in the navigation pane and can build a table of
 * contents from them. Chinese text gets its font through {@code rFonts eastAsia}: 宋体 for text,
 * 黑体 and 楷体 for headings, as Chinese government documents are set; Latin text and digits use
 * Times New Roman.
 */
final class DocxStyles {

    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String BODY = "BodyText";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_TITLE = "TableTitle";
    static final String META = "TableMeta";

    private static final String LATIN = "Times New Roman";
    private static final String SONG = "宋体";
    private static final String HEI = "黑体";
    private static final String KAI = "楷体";

    /** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt, 小五 9pt. */
    private static final int SIZE_2 = 44;
    private static final int SIZE_3 = 32;
    private static final int SIZE_4 = 28;
    private static final int SIZE_SMALL_4 = 24;
    private static final int SIZE_5 = 21;
    private static final int SIZE_SMALL_5 = 18;

    private DocxStyles() {
    }

    static void install(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults, SONG);
        size(defaults, SIZE_SMALL_4);
        defaults.addNewLang().setEastAsia("zh-CN");

        CTStyle normal = style(styles, "Normal", "Normal", null, SONG, SIZE_SMALL_4, false);
        normal.setDefault(true);

        style(styles, TITLE, "Title", "Normal", HEI, SIZE_2, true).getPPr().addNewJc().setVal(STJc.CENTER);
        heading(styles, HEADING_1, 1, HEI, SIZE_3, true).getPPr().addNewJc().setVal(STJc.CENTER);
        heading(styles, HEADING_2, 2, HEI, SIZE_4, false);
        heading(styles, HEADING_3, 3, KAI, SIZE_SMALL_4, true);

        CTStyle body = style(styles, BODY, "Body Text", "Normal", SONG, SIZE_SMALL_4, false);
        // two characters: firstLineChars for Word and WPS, firstLine (2 × 12 pt) for readers without it
        body.getPPr().addNewInd().setFirstLineChars(BigInteger.valueOf(200));
        body.getPPr().getInd().setFirstLine(BigInteger.valueOf(2L * SIZE_SMALL_4 * 10));
        spacing(body.getPPr(), 0, 0).setLine(BigInteger.valueOf(360));         // 1.5 lines
        body.getPPr().getSpacing().setLineRule(STLineSpacingRule.AUTO);
        body.getPPr().addNewJc().setVal(STJc.BOTH);

        CTStyle cell = style(styles, TABLE_TEXT, "Table Text", "Normal", SONG, SIZE_SMALL_5, false);
        spacing(cell.getPPr(), 0, 0);

        CTStyle title = style(styles, TABLE_TITLE, "Table Title", "Normal", HEI, SIZE_4, false);
        title.getPPr().addNewJc().setVal(STJc.CENTER);
        title.getPPr().addNewKeepNext();

        CTStyle meta = style(styles, META, "Table Meta", "Normal", SONG, SIZE_5, false);
        meta.getPPr().addNewKeepNext();
        spacing(meta.getPPr(), 60, 60);

        doc.createStyles().setStyles(styles);
    }

    private static CTStyle heading(CTStyles styles, String id, int level, String font, int size, boolean bold) {
        CTStyle s = style(styles, id, "heading " + level, "Normal", font, size, bold);
        s.getPPr().addNewKeepNext();
        s.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
        spacing(s.getPPr(), level == 1 ? 240 : 180, 120);
        s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        s.addNewQFormat();
        return s;
    }

    private static CTStyle style(CTStyles styles, String id, String name, String basedOn, String font, int size,
                                 boolean bold) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        s.addNewPPr();
        CTRPr r = s.addNewRPr();
        fonts(r, font);
        if (bold) {
            r.addNewB();
            r.addNewBCs();
        }
        size(r, size);
        return s;
    }

    private static CTSpacing spacing(CTPPrGeneral p, int before, int after) {
        CTSpacing s = p.isSetSpacing() ? p.getSpacing() : p.addNewSpacing();
        s.setBefore(BigInteger.valueOf(before));
        s.setAfter(BigInteger.valueOf(after));
        return s;
    }

    static void fonts(CTRPr r, String eastAsia) {
        CTFonts f = r.addNewRFonts();
        f.setAscii(LATIN);
        f.setHAnsi(LATIN);
        f.setCs(LATIN);
        f.setEastAsia(eastAsia);
        f.setHint(STHint.EAST_ASIA);
    }

    private static void size(CTRPr r, int halfPoints) {
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }
}
