package org.budgetdisclosure.portal.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.SubjectKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.portal.Edition;
import org.budgetdisclosure.portal.charts.BarChart.Category;
import org.budgetdisclosure.portal.charts.BarChart.Series;
import org.budgetdisclosure.portal.charts.BarChart.Style;

/**
 * 三公 over the years. A year's figures come from 表10 of that year's document when the portal has it
 * (this one, or another year's published version); a year before one of those documents comes from
 * its prose, which states each item's change from last year's budget (last year = this year − change).
 */
final class SangongYears {

    private SangongYears() {
    }

    /** One year's 三公 figures; null where the source gives none. */
    record Year(Money travelAbroad, Money reception, Money vehicle, Money total, String source) {
    }

    static Optional<BarChart> of(Disclosure current, List<Edition> others) {
        Map<Integer, Year> years = new TreeMap<>();
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(current, "本文件"));
        for (Edition e : others) {
            sources.add(new Source(e.disclosure(), e.label()));
        }
        for (Source s : sources) {
            Integer y = s.disclosure.header().year();
            if (y != null && !years.containsKey(y)) {
                fromTable(s.disclosure).ifPresent(f -> years.put(y, withSource(f, "表10（" + s.label + "）")));
            }
        }
        for (Source s : sources) {
            Integer y = s.disclosure.header().year();
            if (y != null && !years.containsKey(y - 1)) {
                fromProse(s.disclosure).ifPresent(f -> years.put(y - 1, withSource(f, s.label + "说明所述上年预算数")));
            }
        }
        if (years.isEmpty()) {
            return Optional.empty();
        }
        List<Category> categories = new ArrayList<>();
        List<Money> travel = new ArrayList<>();
        List<Money> reception = new ArrayList<>();
        List<Money> vehicle = new ArrayList<>();
        List<Money> total = new ArrayList<>();
        years.forEach((year, f) -> {
            categories.add(new Category(year + "年", f.source()));
            travel.add(f.travelAbroad());
            reception.add(f.reception());
            vehicle.add(f.vehicle());
            total.add(f.total());
        });
        return Optional.of(new BarChart("sangong", "财政拨款“三公”经费（历年）", "表10 财政拨款“三公”经费支出情况表，及说明中所述上年预算数",
                categories, List.of(new Series("因公出国（境）费用", travel, Style.BAR), new Series("公务接待费", reception, Style.BAR),
                        new Series("公务用车购置及运行维护费", vehicle, Style.BAR), new Series("合计", total, Style.LINE)), false));
    }

    private record Source(Disclosure disclosure, String label) {
    }

    private static Year withSource(Year f, String source) {
        return new Year(f.travelAbroad(), f.reception(), f.vehicle(), f.total(), source);
    }

    /** 表10's total column; a printed row with an empty cell is nothing spent (the table lists every item). */
    static Optional<Year> fromTable(Disclosure d) {
        Optional<Table> t = d.table(TableId.T10);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Money> items = new HashMap<>();
        Money total = null;
        for (Row r : t.get().rows()) {
            if (r.kind() == RowKind.ITEM && r.key() != null) {
                items.putIfAbsent(r.key(), r.amount("total"));
            } else if (r.kind() == RowKind.TOTAL && total == null) {
                total = r.amount("total");
            }
        }
        Money vehicle = items.containsKey("vehicle") ? items.get("vehicle") : sumOrNull(items.get("vehiclePurchase"), items.get("vehicleRunning"));
        Money travel = items.get("travelAbroad");
        Money reception = items.get("reception");
        if (total == null && travel != null && reception != null && vehicle != null) {
            total = travel.plus(reception).plus(vehicle);
        }
        return Optional.of(new Year(travel, reception, vehicle, total, null));
    }

    /** Last year's figures from the stated changes; empty when the prose states no change of a 三公 item. */
    static Optional<Year> fromProse(Disclosure d) {
        Map<String, Money> last = new HashMap<>();
        for (Fact f : d.explanation().facts()) {
            if (f.subject().kind() != SubjectKind.SANGONG || f.change() == null || f.change().amount() == null
                    || f.subject().key() == null || last.containsKey(f.subject().key())) {
                continue;
            }
            Money current = f.amount() != null ? f.amount() : f.notArranged() ? Money.ZERO : null;
            if (current != null) {
                last.put(f.subject().key(), current.minus(f.change().signedAmount()));
            }
        }
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Money vehicle = last.containsKey("vehicle") ? last.get("vehicle")
                : last.containsKey("vehiclePurchase") && last.containsKey("vehicleRunning")
                ? last.get("vehiclePurchase").plus(last.get("vehicleRunning")) : null;
        return Optional.of(new Year(last.get("travelAbroad"), last.get("reception"), vehicle, last.get("total"), null));
    }

    private static Money sumOrNull(Money a, Money b) {
        if (a == null && b == null) {
            return null;
        }
        return (a == null ? Money.ZERO : a).plus(b == null ? Money.ZERO : b);
    }
}
