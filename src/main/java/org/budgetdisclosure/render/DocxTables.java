package org.budgetdisclosure.render;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.budgetdisclosure.render.Grid.Cell;
import org.budgetdisclosure.render.Grid.Kind;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Draws a {@link Grid} as a real Word table: a fixed grid as wide as the text, header rows repeated on
 * every page, spans as {@code gridSpan} and {@code vMerge}, amounts right-aligned with two decimals.
 */
final class DocxTables {

    private static final String HEADER_SHADE = "F2F2F2";
    /** Cell padding left and right, in twentieths of a point. */
    private static final int CELL_PADDING = 57;
    /** A digit of the 9 pt table text with its share of the padding, in twentieths of a point. */
    private static final int DIGIT_WIDTH = 85;

    private DocxTables() {
    }

    static XWPFTable draw(XWPFDocument doc, Grid grid, int textWidth) {
        int n = grid.columns().size();
        int[] widths = widths(grid, textWidth);
        Cell[][] cover = cover(grid);

        XWPFTable table = doc.createTable(grid.rows().size(), 1);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setCellMargins(0, CELL_PADDING, 0, CELL_PADDING);
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        table.setWidth(Integer.toString(sum(widths, 0, n)));
        table.setWidthType(TableWidthType.DXA);
        CTTblGrid tblGrid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (tblGrid.sizeOfGridColArray() > 0) {
            tblGrid.removeGridCol(0);
        }
        for (int w : widths) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(w));
        }

        for (int r = 0; r < grid.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r < grid.headerRows()) {
                row.setRepeatHeader(true);
            }
            boolean first = true;
            int c = 0;
            while (c < n) {
                Cell cell = cover[r][c];
                XWPFTableCell tc = first ? row.getCell(0) : row.createCell();
                first = false;
                if (cell == null) {  // a gap the layout left: an empty cell keeps the grid whole
                    format(tc, widths[c], 1, null);
                    c++;
                    continue;
                }
                format(tc, sum(widths, c, c + cell.colSpan()), cell.colSpan(), cell.kind());
                if (cell.rowSpan() > 1) {
                    boolean top = r == 0 || cover[r - 1][c] != cell;  // the same cell, not an equal one
                    tc.getCTTc().getTcPr().addNewVMerge().setVal(top ? STMerge.RESTART : STMerge.CONTINUE);
                    if (top) {
                        fill(tc, cell);
                    }
                } else {
                    fill(tc, cell);
                }
                c += cell.colSpan();
            }
        }
        return table;
    }

    /**
     * Column widths in twentieths of a point: a fixed column as wide as its characters need, the others
     * sharing the rest of the text width in proportion to their character widths.
     */
    private static int[] widths(Grid grid, int textWidth) {
        List<Grid.ColumnSpec> cols = grid.columns();
        int fixed = 0;
        int shared = 0;
        for (Grid.ColumnSpec c : cols) {
            if (c.fixed()) {
                fixed += fixedWidth(c);
            } else {
                shared += c.width();
            }
        }
        int rest = Math.max(textWidth - fixed, 0);
        int[] w = new int[cols.size()];
        for (int i = 0; i < w.length; i++) {
            Grid.ColumnSpec c = cols.get(i);
            w[i] = c.fixed() ? fixedWidth(c) : shared == 0 ? 0 : rest * c.width() / shared;
        }
        return w;
    }

    private static int fixedWidth(Grid.ColumnSpec c) {
        return c.width() * DIGIT_WIDTH;
    }

    private static int sum(int[] w, int from, int to) {
        int s = 0;
        for (int i = from; i < to; i++) {
            s += w[i];
        }
        return s;
    }

    /** Which cell covers each grid position. */
    private static Cell[][] cover(Grid grid) {
        int n = grid.columns().size();
        Cell[][] cover = new Cell[grid.rows().size()][n];
        for (int r = 0; r < grid.rows().size(); r++) {
            for (Cell cell : grid.rows().get(r)) {
                for (int dr = 0; dr < cell.rowSpan() && r + dr < cover.length; dr++) {
                    for (int dc = 0; dc < cell.colSpan() && cell.column() + dc < n; dc++) {
                        cover[r + dr][cell.column() + dc] = cell;
                    }
                }
            }
        }
        return cover;
    }

    private static void format(XWPFTableCell tc, int width, int span, Kind kind) {
        CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
        tc.setWidth(Integer.toString(width));
        tc.setWidthType(TableWidthType.DXA);
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        tc.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        if (kind == Kind.HEADER) {
            tc.setColor(HEADER_SHADE);
        }
        XWPFParagraph p = tc.getParagraphs().get(0);
        p.setStyle(DocxStyles.TABLE_TEXT);
        p.setAlignment(switch (kind == null ? Kind.TEXT : kind) {
            case HEADER, CODE, FIGURE -> ParagraphAlignment.CENTER;
            case AMOUNT -> ParagraphAlignment.RIGHT;
            case TEXT -> ParagraphAlignment.LEFT;
        });
    }

    private static void fill(XWPFTableCell tc, Cell cell) {
        String text = switch (cell.kind()) {
            case AMOUNT -> cell.number() == null ? null : OfficeText.amount(cell.number());
            case FIGURE -> cell.number() == null ? null : cell.number().toPlainString();
            default -> OfficeText.clean(cell.text());
        };
        if (text == null || text.isEmpty()) {
            return;
        }
        XWPFRun run = tc.getParagraphs().get(0).createRun();
        run.setText(text);
        if (cell.bold()) {
            run.setBold(true);
        }
    }
}
