package org.budgetdisclosure.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/** One-figure edits of a disclosure, for rule tests (STYLE.md: start from the sample, apply one named mutation). */
public final class Mutations {

    private Mutations() {
    }

    /** Sets one cell of the row with this code (or item key) in a table; {@code value} null empties it. */
    public static Disclosure withCell(Disclosure d, TableId table, String codeOrKey, String column, String value) {
        return withCell(d, table, r -> codeOrKey.equals(r.code()) && r.kind() != org.budgetdisclosure.model.RowKind.PROJECT
                || codeOrKey.equals(r.key()) && r.side() != Side.EXPENDITURE, column, value);
    }

    /** Sets one cell of the first row matching {@code which}. */
    public static Disclosure withCell(Disclosure d, TableId table, Predicate<Row> which, String column, String value) {
        Table t = d.table(table).orElseThrow(() -> new IllegalArgumentException("no " + table));
        List<Row> rows = new ArrayList<>(t.rows());
        for (int i = 0; i < rows.size(); i++) {
            if (which.test(rows.get(i))) {
                rows.set(i, rows.get(i).withCell(column, value == null ? null : Money.of(value)));
                return d.withTable(t.withRows(rows));
            }
        }
        throw new IllegalArgumentException("no such row in " + table);
    }

    /** Runs one rule over a disclosure with the document's catalog. */
    public static List<Finding> run(Rule rule, Disclosure d) {
        return new Checker(List.of(rule)).check(d, CheckContext.forDocument(d));
    }

    /** The findings that are not rounding notices. */
    public static List<Finding> problems(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() != Severity.NOTICE).toList();
    }
}
