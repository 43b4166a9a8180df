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
        Optional<Table> t5 = d.table(TableId.T5);
        Optional<Table> t6 = d.table(TableId.T6);
        if (t5.isEmpty() || t6.isEmpty()) {
            return;
        }
        Optional<Row> f = t5.get().rows().stream().filter(r -> r.kind() == RowKind.FUNCTION && functionCode.equals(r.code())).findFirst();
        Optional<Row> e = t6.get().rows().stream().filter(r -> r.kind() == RowKind.ECONOMIC && economicCode.equals(r.code())).findFirst();
        if (f.isEmpty() && e.isEmpty()) {
            return;
        }
        if (f.isPresent() && e.isPresent()) {
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
}
