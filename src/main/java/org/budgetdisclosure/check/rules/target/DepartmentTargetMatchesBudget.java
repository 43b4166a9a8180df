package org.budgetdisclosure.check.rules.target;

import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.model.DepartmentTarget;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * The department target table's 资金总额 (合计) equals the department's total budget: 表1 支出总计, or
 * 表3 总计 when 表1 is missing. Both are printings of one figure, so they must agree to the cent
 * (tolerance 0): a 0.01 gap is an error, whatever rounding produced it.
 */
public final class DepartmentTargetMatchesBudget implements Rule {

    public static final RuleInfo INFO = new RuleInfo("TGT-DEPT-TOTAL", "部门整体绩效目标表的资金总额应等于部门预算总额",
            Severity.ERROR, Family.TARGET);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        DepartmentTarget dt = d.targets() == null ? null : d.targets().department();
        if (dt == null || dt.total() == null) {
            return;
        }
        Tables tables = Tables.of(d, ctx);
        Reference r = reference(tables, TableId.T1, "amount");
        if (r == null) {
            r = reference(tables, TableId.T3, "total");
        }
        if (r == null || r.amount().equals(dt.total())) {
            return; // the usual case: nothing to report or build
        }
        report(dt, r, out);
    }

    private static void report(DepartmentTarget dt, Reference r, Findings out) {
        out.requireEqual(INFO, TargetTable.of(dt).place("合计"), List.of(r.place()),
                "部门整体绩效目标表的资金总额应等于部门预算总额。",
                r.amount(), r.table().id().label() + " " + r.row().name(), dt.total(), 1);
    }

    private record Reference(Table table, Row row, String column) {

        Money amount() {
            return row.amount(column);
        }

        Location place() {
            return Places.cell(table, row, column);
        }
    }

    /**
     * The expenditure total of {@code id} when it is printed, else null: its first total row, in printed
     * order, that is not the income side's and prints {@code column}. Looked up among the table's total
     * rows, which the shared index keeps, rather than by a stream over all its rows.
     */
    private static Reference reference(Tables d, TableId id, String column) {
        Tables.Rows rows = d.rows(id);
        if (rows == null) {
            return null;
        }
        List<Row> totals = rows.ofKind(RowKind.TOTAL);
        for (int k = 0; k < totals.size(); k++) {
            Row r = totals.get(k);
            if (r.side() != Side.INCOME && r.cell(column).isPresent()) {
                return new Reference(rows.table(), r, column);
            }
        }
        return null;
    }
}
