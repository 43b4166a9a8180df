package org.budgetdisclosure.compute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.model.budget.BudgetLine;

/**
 * What every table builder shares: value columns defined by a filter over lines, cells that leave a
 * zero blank (as the national format prints it), and classified rows with all their subtotal levels.
 */
final class TableKit {

    /** A value column: its key and printed label (as the text reader gives them), and which lines it adds up. */
    record Col(String key, String label, Side side, Predicate<BudgetLine> filter) {

        Col(String key, String label, Predicate<BudgetLine> filter) {
            this(key, label, null, filter);
        }

        Column column() {
            return new Column(key, label, side);
        }
    }

    private final String department;
    private final int year;
    private final SourceRef at;

    TableKit(String department, int year, SourceRef at) {
        this.department = department;
        this.year = year;
        this.at = at;
    }

    SourceRef at() {
        return at;
    }

    String department() {
        return department;
    }

    int year() {
        return year;
    }

    /** The cells of a row: each column's sum over the lines, a zero left blank. */
    static Map<String, Money> cells(List<Col> cols, List<BudgetLine> lines) {
        Map<String, Money> out = new LinkedHashMap<>();
        for (Col c : cols) {
            Money m = Ledger.sum(lines, c.filter());
            if (!m.isZero()) {
                out.put(c.key(), m);
            }
        }
        return out;
    }

    static List<Column> columns(List<Col> cols) {
        return cols.stream().map(Col::column).toList();
    }

    Row row(RowKind kind, Side side, String code, String name, String projectName, String key, boolean bold,
            Map<String, Money> cells) {
        CodeLevel level = code == null ? null : CodeLevel.ofDigits(code.length());
        return new Row(kind, side, code, level, name, projectName, key, bold, cells, at);
    }

    Row total(String name, Side side, boolean bold, List<Col> cols, List<BudgetLine> lines) {
        return row(RowKind.TOTAL, side, null, name, null, "total", bold, cells(cols, lines));
    }

    /**
     * The 类, 款 and 项 rows (or 类 and 款 for the economic classification) of the codes the lines use,
     * in code order, each a sum of the lines under it. Codes whose every column is zero are left out.
     */
    List<Row> classified(RowKind kind, Side side, List<BudgetLine> lines, Function<BudgetLine, String> code,
                         Function<String, String> name, List<Col> cols, Predicate<String> bold) {
        TreeSet<String> codes = new TreeSet<>();
        for (BudgetLine l : lines) {
            String c = code.apply(l);
            for (int n = 3; n <= c.length(); n += 2) {
                codes.add(c.substring(0, n));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String c : codes) {
            List<BudgetLine> under = lines.stream().filter(l -> code.apply(l).startsWith(c)).toList();
            Map<String, Money> cells = cells(cols, under);
            if (!cells.isEmpty()) {
                rows.add(row(kind, side, c, name.apply(c), null, null, bold.test(c), cells));
            }
        }
        return rows;
    }

    Table table(TableId id, List<Col> cols, List<Row> rows, String emptyStatement) {
        return new Table(id, id.number(), id.title(), department, "万元", columns(cols), rows, emptyStatement, at);
    }

    /** “{部门}{年}年没有…，{表名}为空表。”, the sample's wording. */
    String emptyStatement(String what, TableId id) {
        return department + year + "年" + what + "，" + id.title() + "为空表。";
    }
}
