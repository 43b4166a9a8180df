package org.budgetdisclosure.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One printed row of a table.
 *
 * @param kind        what the row stands for
 * @param side        for 表1/表4, which half the row belongs to; otherwise null
 * @param code        full classification digits ({@code 2010301}, {@code 30231}) for FUNCTION,
 *                    ECONOMIC and PROJECT rows; null otherwise
 * @param level       the code's level, null without a code
 * @param name        the classification name, item label or unit name, as printed (line-break
 *                    spaces removed)
 * @param projectName the project name for PROJECT rows
 * @param key         a stable key for ITEM and TOTAL rows (e.g. {@code gpb}, {@code vehicleRunning})
 * @param bold        printed bold (a subtotal)
 * @param cells       column key → amount, in column order; an empty printed cell has no entry
 *                    (empty is not zero)
 * @param at          where the row was read
 */
public record Row(RowKind kind, Side side, String code, CodeLevel level, String name, String projectName,
                  String key, boolean bold, Map<String, Money> cells, SourceRef at) {

    public Row {
        cells = Cells.copyOf(cells);
    }

    public Optional<Money> cell(String columnKey) {
        return Optional.ofNullable(cells.get(columnKey));
    }

    /** The amount, with an empty cell read as zero (for sums, never for printing). */
    public Money amount(String columnKey) {
        return cells.getOrDefault(columnKey, Money.ZERO);
    }

    public Optional<ClassificationCode> classificationCode() {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.of(kind == RowKind.ECONOMIC ? ClassificationCode.economic(code) : ClassificationCode.function(code));
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    public Row withCell(String columnKey, Money value) {
        Map<String, Money> copy = new LinkedHashMap<>(cells);
        if (value == null) {
            copy.remove(columnKey);
        } else {
            copy.put(columnKey, value);
        }
        return new Row(kind, side, code, level, name, projectName, key, bold, copy, at);
    }

    /** A short label for messages: {@code 2010301 行政运行}, {@code 201 99 项目名}, or the item name. */
    public String label() {
        String n = name == null ? "" : name;
        String s = code == null ? n : code + " " + n;
        if (projectName != null && !projectName.isEmpty()) {
            s = s + " › " + projectName;
        }
        return s.trim();
    }
}
