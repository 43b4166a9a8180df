package org.budgetdisclosure.render;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.budgetdisclosure.render.Grid.Kind;

/**
 * The workbook's cell styles, made once each (a workbook holds at most 64,000 styles, so a style per
 * cell would not do). Amounts use the format {@code #,##0.00}: two decimals with grouping, as printed.
 */
final class XlsxStyles {

    static final String AMOUNT_FORMAT = "#,##0.00";
    private static final String FONT = "宋体";
    private static final String HEADING_FONT = "黑体";

    private final Workbook wb;
    private final Map<String, CellStyle> cache = new HashMap<>();
    private final Font plain;
    private final Font bold;
    private final Font title;

    XlsxStyles(Workbook wb) {
        this.wb = wb;
        plain = font(FONT, 10, false);
        bold = font(FONT, 10, true);
        title = font(HEADING_FONT, 14, true);
    }

    private Font font(String name, int points, boolean isBold) {
        Font f = wb.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints((short) points);
        f.setBold(isBold);
        return f;
    }

    /** A bordered table cell. */
    CellStyle cell(Kind kind, boolean isBold) {
        return cache.computeIfAbsent("cell:" + kind + ":" + isBold, k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(isBold ? bold : plain);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            switch (kind) {
                case HEADER -> {
                    s.setAlignment(HorizontalAlignment.CENTER);
                    s.setWrapText(true);
                    s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                case CODE, FIGURE -> s.setAlignment(HorizontalAlignment.CENTER);
                case TEXT -> {
                    s.setAlignment(HorizontalAlignment.LEFT);
                    s.setWrapText(true);
                }
                case AMOUNT -> {
                    s.setAlignment(HorizontalAlignment.RIGHT);
                    s.setDataFormat(wb.createDataFormat().getFormat(AMOUNT_FORMAT));
                }
            }
            return s;
        });
    }

    /** A sheet's title line. */
    CellStyle title() {
        return cache.computeIfAbsent("title", k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(title);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        });
    }

    /** Text outside a table: 编制部门 (left), 单位 (right), a paragraph of part 3 (wrapped). */
    CellStyle text(HorizontalAlignment align, boolean isBold) {
        return cache.computeIfAbsent("text:" + align + ":" + isBold, k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(isBold ? bold : plain);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(true);
            return s;
        });
    }
}
