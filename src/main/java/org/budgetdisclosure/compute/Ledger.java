package org.budgetdisclosure.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.budget.BudgetLine;
import org.budgetdisclosure.model.budget.BudgetType;
import org.budgetdisclosure.model.budget.FundingSource;
import org.budgetdisclosure.model.budget.Nature;

/** The budget's line items with the filters and sums every table is made of. */
final class Ledger {

    /** 表10's four “三公” items by the economic 款 they are spent under. */
    static final String TRAVEL_ABROAD = "30212";
    static final String RECEPTION = "30217";
    static final String VEHICLE_PURCHASE = "31013";
    static final String VEHICLE_RUNNING = "30231";
    /** 委托业务费 (表11). */
    static final String ENTRUSTED = "30227";

    private final List<BudgetLine> lines;

    Ledger(List<BudgetLine> lines) {
        this.lines = List.copyOf(lines);
    }

    List<BudgetLine> lines() {
        return lines;
    }

    List<BudgetLine> where(Predicate<BudgetLine> p) {
        List<BudgetLine> out = new ArrayList<>();
        for (BudgetLine l : lines) {
            if (p.test(l)) {
                out.add(l);
            }
        }
        return out;
    }

    Money sum(Predicate<BudgetLine> p) {
        return sum(lines, p);
    }

    static Money sum(List<BudgetLine> lines, Predicate<BudgetLine> p) {
        Money total = Money.ZERO;
        for (BudgetLine l : lines) {
            if (p.test(l)) {
                total = total.plus(l.amount());
            }
        }
        return total;
    }

    static Predicate<BudgetLine> all() {
        return l -> true;
    }

    static Predicate<BudgetLine> source(FundingSource s) {
        return l -> l.source() == s;
    }

    static Predicate<BudgetLine> group(FundingSource.Group g) {
        return l -> l.source().group() == g;
    }

    /** Lines of one budget type, this year's and carried over (表4's columns, 表5/表8/表9). */
    static Predicate<BudgetLine> type(BudgetType t) {
        return l -> l.source().budgetType() == t;
    }

    static Predicate<BudgetLine> fiscal() {
        return l -> l.source().isFiscal();
    }

    static Predicate<BudgetLine> basic() {
        return l -> l.nature().isBasic();
    }

    static Predicate<BudgetLine> nature(Nature n) {
        return l -> l.nature() == n;
    }

    static Predicate<BudgetLine> project() {
        return nature(Nature.PROJECT);
    }

    static Predicate<BudgetLine> economic(String code) {
        return l -> code.equals(l.economicCode());
    }

    static Predicate<BudgetLine> economicClass(String classCode) {
        return l -> l.economicCode().startsWith(classCode);
    }

    static Predicate<BudgetLine> functionUnder(String code) {
        return l -> l.functionCode().startsWith(code);
    }

    static Predicate<BudgetLine> projectNamed(String name) {
        return l -> name.equals(l.project());
    }
}
