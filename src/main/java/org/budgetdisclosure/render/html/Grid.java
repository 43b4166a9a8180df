package org.budgetdisclosure.render.html;

import java.util.List;

/**
 * A table as printed: its title lines, header rows and body sections, ready for the template.
 *
 * @param id             the anchor the table of contents links to
 * @param number         {@code 表3}, or null when the table has no number (target tables)
 * @param title          the title as printed
 * @param subtitle       a line under the title ({@code （2026年）}), or null
 * @param preparedBy     编制部门, or null
 * @param unit           the amount unit (万元), or null
 * @param head           header rows, outermost group first
 * @param bodies         body sections (a target table has its facts, then its indicators)
 * @param emptyStatement the sentence printed under an empty table, or null
 * @param wide           printed on a landscape page
 * @param columnWidths   each column's share of the width in percent, or empty for automatic widths
 * @param pageOfItsOwn   starts a new printed page
 */
public record Grid(String id, String number, String title, String subtitle, String preparedBy, String unit,
                   List<List<Cell>> head, List<List<Line>> bodies, String emptyStatement, boolean wide,
                   List<Integer> columnWidths, boolean pageOfItsOwn) {

    public Grid {
        columnWidths = List.copyOf(columnWidths);
        head = head.stream().map(List::copyOf).toList();
        bodies = bodies.stream().map(List::copyOf).toList();
    }

    /** 表3 部门支出总体情况表, the caption. */
    public String caption() {
        return number == null ? title : number + " " + title;
    }

    public String cssClass() {
        return "grid" + (wide ? " wide" : "") + (pageOfItsOwn ? " own-page" : "");
    }
}
