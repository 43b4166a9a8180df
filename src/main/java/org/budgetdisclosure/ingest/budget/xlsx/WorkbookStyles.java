package org.budgetdisclosure.ingest.budget.xlsx;

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
import org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout.Type;

/**
 * The workbook's cell styles, each made once (a workbook holds a limited number of styles). Text and code
 * cells are formatted as text ({@code @}), so that a typed code keeps its digits and an indicator value such
 * as “=100%” stays text instead of becoming a formula; amounts are {@code 0.00}.
 */
final class WorkbookStyles {

    static final String TEXT_FORMAT = "@";
    static final String MONEY_FORMAT = "0.00";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String INTEGER_FORMAT = "0";
    /** A decimal such as a weight shows what was typed; a written value gets a format of its own scale. */
    static final String DECIMAL_FORMAT = "General";

    private final Workbook wb;
    private final Map<String, CellStyle> cache = new HashMap<>();
    private final Font plain;
    private final Font bold;
    private final Font note;
    private final Font title;

    WorkbookStyles(Workbook wb) {
        this.wb = wb;
        plain = font(11, false, IndexedColors.BLACK);
        bold = font(11, true, IndexedColors.BLACK);
        note = font(10, false, IndexedColors.GREY_50_PERCENT);
        title = font(14, true, IndexedColors.BLACK);
    }

    private Font font(int points, boolean isBold, IndexedColors colour) {
        Font f = wb.createFont();
        f.setFontName("宋体");
        f.setFontHeightInPoints((short) points);
        f.setBold(isBold);
        f.setColor(colour.getIndex());
        return f;
    }

    static String format(Type type) {
        return switch (type) {
            case MONEY -> MONEY_FORMAT;
            case DATE -> DATE_FORMAT;
            case INTEGER -> INTEGER_FORMAT;
            case DECIMAL -> DECIMAL_FORMAT;
            case BOOL, CHOICE, CODE, TEXT, LONG_TEXT -> TEXT_FORMAT;
        };
    }

    /** A data cell of this type. */
    CellStyle value(Type type) {
        return value(format(type), type == Type.LONG_TEXT);
    }

    /** A data cell with this number format (a decimal written with its own scale: {@code 0.00}). */
    CellStyle value(String format, boolean wrap) {
        return cache.computeIfAbsent("value:" + format + ":" + wrap, k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(plain);
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(wrap);
            return s;
        });
    }

    CellStyle header() {
        return cache.computeIfAbsent("header", k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(bold);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            return s;
        });
    }

    /** A form's label (column A); bold for a section heading. */
    CellStyle label(boolean heading) {
        return wrappedTop("label:" + heading, heading ? bold : plain);
    }

    CellStyle note() {
        return wrappedTop("note", note);
    }

    CellStyle title() {
        return cache.computeIfAbsent("title", k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(title);
            return s;
        });
    }

    CellStyle paragraph() {
        return wrappedTop("paragraph", plain);
    }

    /** Text in {@code font}, wrapped and set at the top of its cell (forms, notes, paragraphs). */
    private CellStyle wrappedTop(String key, Font font) {
        return cache.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(true);
            return s;
        });
    }
}
