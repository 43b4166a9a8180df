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
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * A “三公” item in 表10 (general public budget column) covers its economic 款 in 表6 (basic spending)
 * and whatever projects spend on it. 表7 only breaks projects down by economic 类, so: the 三公 figure
 * below the basic figure is an error; above it, it is an error only when no project spends on that
 * 类 at all; otherwise the excess is a notice a reviewer can confirm.
 */
public final class SangongMatchesEconomic implements Rule {

    public static final RuleInfo INFO = new RuleInfo("XT-SANGONG-ECON", "“三公”经费应与对应经济分类科目一致", Severity.ERROR, Family.CROSS);

    private final String item;
    private final String economicCode;

    public SangongMatchesEconomic(String item, String economicCode) {
        this.item = item;
        this.economicCode = economicCode;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        Tables tables = Tables.of(d, ctx);
        Tables.Rows r10 = tables.rows(TableId.T10);
        Tables.Rows r6 = tables.rows(TableId.T6);
        if (r10 == null || r6 == null) {
            return;
        }
        Optional<Table> t10 = Optional.of(r10.table());
        Optional<Table> t6 = Optional.of(r6.table());
        List<Row> items = r10.withKey(item);
        if (items.isEmpty()) {
            return;
        }
        Optional<Row> s = Optional.of(items.get(0));
        Money sangong = s.get().amount("gpb");
        Optional<Row> e = FunctionEconomicPair.first(r6.withCode(economicCode), RowKind.ECONOMIC);
        Money basic = e.map(r -> r.amount("total")).orElse(Money.ZERO);
        if (sangong.compareTo(basic) == 0) {
            return; // the usual case: nothing to say, whatever the projects spend
        }
        Tables.Rows r7 = tables.rows(TableId.T7);
        List<Row> totals7 = r7 == null ? List.of() : r7.ofKind(RowKind.TOTAL);
        Money projects = totals7.isEmpty() ? Money.ZERO : totals7.get(0).amount("e" + economicCode.substring(0, 3));
        var here = Places.cell(t10.get(), s.get(), "gpb");
        List<org.budgetdisclosure.check.Location> related = e.map(r -> List.of(Places.cell(t6.get(), r, "total"))).orElse(List.of());
        if (sangong.compareTo(basic) < 0) {
            out.requireEqual(INFO, here, related, s.get().name() + "不应少于表6 基本支出中的经济分类 " + economicCode + "。",
                    basic, "表6 " + economicCode, sangong, 1);
        } else if (sangong.compareTo(basic) > 0) {
            if (projects.isZero()) {
                out.requireEqual(INFO, here, related,
                        s.get().name() + "多于表6 的经济分类 " + economicCode + "，而项目支出中没有该类支出。",
                        basic, "表6 " + economicCode + "（项目支出该类为 0）", sangong, 1);
            } else {
                out.report(INFO, Severity.NOTICE, here, related, s.get().name() + " " + sangong.formatted() + " 多于表6 的 "
                        + economicCode + "（" + basic.formatted() + "），差额应来自项目支出，请核对。");
            }
        }
    }
}
