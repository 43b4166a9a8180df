package org.budgetdisclosure.check.rules.prose;

import static org.budgetdisclosure.model.TableId.T1;
import static org.budgetdisclosure.model.TableId.T3;
import static org.budgetdisclosure.model.TableId.T5;
import static org.budgetdisclosure.model.TableId.T6;
import static org.budgetdisclosure.model.TableId.T8;
import static org.budgetdisclosure.model.TableId.T9;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.SubjectKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * 机关运行经费 is the 公用经费 of administrative units (and units run like them, 参公), from financial
 * appropriations: 表6's 公用经费 total (plus 表8/表9's where printed). Two printed figures, so no
 * tolerance. How a difference is judged depends on the unit:
 * <ul>
 *   <li>机关运行经费 above 公用经费 is always an error: it is a part of it;</li>
 *   <li>below it, an error for a purely administrative unit, but only a warning when the tables show
 *       public-service-unit (事业单位) spending — a 事业运行 项 (function code ending 50), 事业单位医疗
 *       (2101102), or 事业收入/事业单位经营收入 in 表1 — because then part of the 公用经费 is
 *       legitimately outside 机关运行经费 and the checker cannot tell how much.</li>
 * </ul>
 */
public final class RunningCosts implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PROSE-RUNNING-COSTS", "机关运行经费应等于行政单位的公用经费", Severity.ERROR, Family.PROSE);

    private static final RuleInfo MIXED_UNIT = new RuleInfo(INFO.id(), INFO.title(), Severity.WARNING, INFO.family());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        PublicCosts p = null; // worked out at the first statement of 机关运行经费
        Optional<String> mixed = null;
        List<Fact> facts = d.explanation().facts(); // by index: the model's immutable list, whose iterator is not always spared
        for (int fi = 0; fi < facts.size(); fi++) {
            Fact f = facts.get(fi);
            if (f.subject().kind() != SubjectKind.RUNNING_COSTS || f.amount() == null) {
                continue;
            }
            if (p == null) {
                p = publicCosts(Tables.of(d, ctx));
                if (p == null) {
                    return;
                }
            }
            int cmp = f.amount().compareTo(p.amount());
            if (cmp == 0) {
                continue;
            }
            if (mixed == null) {
                mixed = publicServiceSign(Tables.of(d, ctx)); // needed only for a statement below 公用经费
            }
            Location at = ProsePlaces.fact(f, "金额");
            if (cmp > 0) {
                out.requireEqual(INFO, at, p.places(), "机关运行经费 " + f.amount().formatted() + " 万元多于公用经费，而它是公用经费的一部分。",
                        p.amount(), p.how(), f.amount(), 1);
            } else if (mixed.isPresent()) {
                out.requireEqual(MIXED_UNIT, at, p.places(), "机关运行经费少于公用经费；本部门有事业单位支出（" + mixed.get()
                        + "），差额可能是事业单位的公用经费，请核对。", p.amount(), p.how(), f.amount(), 1);
            } else {
                out.requireEqual(INFO, at, p.places(), "行政单位的机关运行经费应等于其公用经费。", p.amount(), p.how(), f.amount(), 1);
            }
        }
    }

    /** 公用经费 and the cells it comes from; how it was added up is written only for a finding. */
    private record PublicCosts(Money amount, List<Table> tables, List<Row> rows) {

        String how() {
            StringBuilder how = new StringBuilder();
            for (int i = 0; i < tables.size(); i++) {
                TableId id = tables.get(i).id();
                String amount = rows.get(i).amount("public").formatted();
                if (i == 0) {
                    how.append("表6 公用经费 ").append(amount);
                } else {
                    how.append(" + ").append(id.label(), 0, id.label().indexOf(' ')).append(" 公用经费 ").append(amount);
                }
            }
            return how.toString();
        }

        List<Location> places() {
            List<Location> places = new ArrayList<>(tables.size());
            for (int i = 0; i < tables.size(); i++) {
                places.add(Places.cell(tables.get(i), rows.get(i), "public"));
            }
            return places;
        }
    }

    /** 公用经费 of 表6's total row, plus 表8's and 表9's where printed; null without 表6's total row. */
    private static PublicCosts publicCosts(Tables tables) {
        Tables.Rows t6 = tables.rows(T6);
        Row total = t6 == null ? null : totalRow(t6);
        if (total == null) {
            return null;
        }
        Money amount = total.amount("public");
        List<Table> found = new ArrayList<>(3);
        List<Row> rows = new ArrayList<>(3);
        found.add(t6.table());
        rows.add(total);
        for (TableId id : List.of(T8, T9)) {
            Tables.Rows t = tables.rows(id);
            Row r = t == null ? null : totalRow(t);
            if (r != null && r.cells().get("public") != null) {
                amount = amount.plus(r.amount("public"));
                found.add(t.table());
                rows.add(r);
            }
        }
        return new PublicCosts(amount, found, rows);
    }

    /** The first total row not on the income side, or null (the tables' kind index keeps printed order). */
    private static Row totalRow(Tables.Rows t) {
        for (Row r : t.ofKind(RowKind.TOTAL)) {
            if (r.side() != Side.INCOME) {
                return r;
            }
        }
        return null;
    }

    /** What shows the department has public service units, if anything. */
    static Optional<String> publicServiceSign(Disclosure d) {
        return publicServiceSign(Tables.of(d, CheckContext.none()));
    }

    private static Optional<String> publicServiceSign(Tables tables) {
        for (TableId id : List.of(T3, T5)) {
            Tables.Rows t = tables.rows(id);
            if (t == null) {
                continue;
            }
            for (Row r : t.ofKind(RowKind.FUNCTION)) {
                if (r.level() == CodeLevel.ITEM && r.code() != null && !r.amount("total").isZero()
                        && (r.code().endsWith("50") || r.code().equals("2101102"))) {
                    return Optional.of(id.label().substring(0, id.label().indexOf(' ')) + " " + r.label());
                }
            }
        }
        Tables.Rows t1 = tables.rows(T1);
        if (t1 != null) {
            for (Row r : t1.table().rows()) {
                if (r.side() == Side.INCOME && ("businessIncome".equals(r.key()) || "operatingIncome".equals(r.key()))
                        && !r.amount("amount").isZero()) {
                    return Optional.of("表1 " + r.name());
                }
            }
        }
        return Optional.empty();
    }
}
