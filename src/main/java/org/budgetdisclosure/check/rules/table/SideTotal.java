package org.budgetdisclosure.check.rules.table;

import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * In a two-sided table (表1, 表4): 支出总计 = Σ the 类 lines of the expenditure side, and 收入总计 = 支出总计.
 */
public final class SideTotal implements Rule {

    public static final RuleInfo SUM = new RuleInfo("SIDE-SUM", "支出总计应等于各类支出之和", Severity.ERROR, Family.TABLE);
    public static final RuleInfo BALANCE = new RuleInfo("BALANCE", "收入总计应等于支出总计", Severity.ERROR, Family.TABLE);

    private final TableId table;
    private final RuleInfo info;

    private SideTotal(TableId table, RuleInfo info) {
        this.table = table;
        this.info = info;
    }

    public static SideTotal expenditureSum(TableId t) {
        return new SideTotal(t, SUM);
    }

    public static SideTotal balance(TableId t) {
        return new SideTotal(t, BALANCE);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        d.table(table).ifPresent(t -> {
            if (info == SUM) {
                sum(t, out);
            } else {
                balance(t, out);
            }
        });
    }

    private static Optional<Row> total(Table t, Side side) {
        return t.rows().stream().filter(r -> r.kind() == RowKind.TOTAL && r.side() == side).findFirst();
    }

    private void sum(Table t, Findings out) {
        Optional<Row> total = total(t, Side.EXPENDITURE);
        if (total.isEmpty()) {
            return;
        }
        List<Row> classes = t.rows().stream().filter(r -> r.side() == Side.EXPENDITURE && r.kind() == RowKind.FUNCTION).toList();
        for (Column c : t.columns()) {
            if (c.side() == Side.INCOME) {
                continue;
            }
            List<Money> parts = classes.stream().map(r -> r.amount(c.key())).toList();
            if (total.get().cell(c.key()).isEmpty() && parts.stream().allMatch(Money::isZero)) {
                continue;
            }
            List<Row> printed = classes.stream().filter(r -> r.cell(c.key()).isPresent()).toList();
            out.requireEqual(SUM, Places.cell(t, total.get(), c.key()), printed.stream().map(r -> Places.cell(t, r, c.key())).toList(),
                    "支出总计的“" + c.label() + "”应等于各类支出之和。", Money.sum(parts),
                    Places.sumText(printed.stream().map(Row::label).toList(), printed.stream().map(r -> r.amount(c.key())).toList()),
                    total.get().amount(c.key()), Math.max(1, printed.size()));
        }
    }

    private void balance(Table t, Findings out) {
        Optional<Row> in = total(t, Side.INCOME);
        Optional<Row> ex = total(t, Side.EXPENDITURE);
        if (in.isEmpty() || ex.isEmpty()) {
            return;
        }
        String inKey = firstKey(t, Side.INCOME);
        String exKey = firstKey(t, Side.EXPENDITURE);
        if (inKey == null || exKey == null) {
            return;
        }
        out.requireEqual(BALANCE, Places.cell(t, in.get(), inKey), List.of(Places.cell(t, ex.get(), exKey)),
                "收入总计应等于支出总计。", ex.get().amount(exKey), "支出总计", in.get().amount(inKey), 1);
    }

    private static String firstKey(Table t, Side side) {
        return t.columns().stream().filter(c -> c.side() == side).map(Column::key).findFirst().orElse(null);
    }
}
