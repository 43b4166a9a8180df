package org.budgetdisclosure.check.rules.cross;

import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * Where the function and the economic classification name the same thing, the basic spending on the
 * function 项 (表5 基本支出) equals the economic 款 (表6 合计): 2080505 养老保险缴费 = 30108,
 * 2080506 职业年金 = 30109, 2101103 公务员医疗补助 = 30111, 2210201 住房公积金 = 30113.
 */
public final class FunctionEconomicPair implements Rule {

    public static final RuleInfo INFO = new RuleInfo("XT-FUNC-ECON", "功能分类与经济分类对应科目的金额应一致", Severity.ERROR, Family.CROSS);

    private final String functionCode;
    private final String economicCode;

    public FunctionEconomicPair(String functionCode, String economicCode) {
        this.functionCode = functionCode;
        this.economicCode = economicCode;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        Tables tables = Tables.of(d, ctx);
        Tables.Rows r5 = tables.rows(TableId.T5);
        Tables.Rows r6 = tables.rows(TableId.T6);
        if (r5 == null || r6 == null) {
            return;
        }
        Optional<Table> t5 = Optional.of(r5.table());
        Optional<Table> t6 = Optional.of(r6.table());
        Optional<Row> f = first(r5.withCode(functionCode), RowKind.FUNCTION);
        Optional<Row> e = first(r6.withCode(economicCode), RowKind.ECONOMIC);
        if (f.isEmpty() && e.isEmpty()) {
            return;
        }
        if (f.isPresent() && e.isPresent()) {
            if (e.get().amount("total").equals(f.get().amount("basic"))) {
                return; // the usual case: no message to build
            }
            out.requireEqual(INFO, Places.cell(t5.get(), f.get(), "basic"), List.of(Places.cell(t6.get(), e.get(), "total")),
                    f.get().label() + "（表5 基本支出）应等于经济分类 " + e.get().label() + "（表6 合计）。",
                    e.get().amount("total"), "表6 " + e.get().label(), f.get().amount("basic"), 1);
        } else if (f.isPresent() && !f.get().amount("basic").isZero()) {
            out.report(INFO, Severity.ERROR, Places.cell(t5.get(), f.get(), "basic"), List.of(),
                    f.get().label() + " 有基本支出，但表6 没有对应的经济分类 " + economicCode + "。");
        } else if (e.isPresent() && !e.get().amount("total").isZero()) {
            out.report(INFO, Severity.ERROR, Places.cell(t6.get(), e.get(), "total"), List.of(),
                    e.get().label() + " 有数，但表5 没有对应的功能分类 " + functionCode + "。");
        }
    }

    static Optional<Row> first(List<Row> rows, RowKind kind) {
        for (Row r : rows) {
            if (r.kind() == kind) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
