package org.budgetdisclosure.check;

import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.TableId;

/**
 * Where a finding points: the file and line (and page for PDFs), and as far as known the table, the
 * row (code and name), the column, and the part-3 section.
 */
public record Location(String source, Integer line, Integer page, TableId table, String row, String column,
                       Integer section) {

    public static Location of(SourceRef at) {
        return at == null ? new Location(null, null, null, null, null, null, null)
                : new Location(at.source(), at.line(), at.page(), null, null, null, null);
    }

    public static Location file(String source) {
        return new Location(source, null, null, null, null, null, null);
    }

    public Location inTable(TableId t, String rowLabel, String columnLabel) {
        return new Location(source, line, page, t, rowLabel, columnLabel, section);
    }

    public Location inSection(int s) {
        return new Location(source, line, page, table, row, column, s);
    }

    /** {@code file:line} (or {@code file.pdf#p7:line}); just the file when the line is unknown. */
    public String prefix() {
        StringBuilder b = new StringBuilder(source == null ? "" : source);
        if (page != null) {
            b.append("#p").append(page);
        }
        if (line != null) {
            b.append(':').append(line);
        }
        return b.toString();
    }

    /** {@code 表3 部门支出总体情况表 › 2010301 行政运行 › 合计}, or {@code 第三部分 五} for prose. */
    public String path() {
        StringBuilder b = new StringBuilder();
        if (table != null) {
            b.append(table.label());
        } else if (section != null) {
            b.append("第三部分 第").append(section).append("节");
        }
        if (row != null && !row.isEmpty()) {
            b.append(b.length() > 0 ? " › " : "").append(row);
        }
        if (column != null && !column.isEmpty()) {
            b.append(b.length() > 0 ? " › " : "").append(column);
        }
        return b.toString();
    }
}
