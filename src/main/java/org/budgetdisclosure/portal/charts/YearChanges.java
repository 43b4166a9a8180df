package org.budgetdisclosure.portal.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Direction;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.SubjectKind;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.portal.Comparison;
import org.budgetdisclosure.portal.Edition;

/**
 * Changes from last year by function classification line (项). Last year's published disclosure of the
 * department, when the portal has one, gives both years' printed figures (表5, else 表3); otherwise
 * the changes the prose states (“比上年预算增加 99.85 万元，增长 19.54%”) give last year's figure as
 * this year's less the change.
 */
final class YearChanges {

    private static final String ID = "changes";
    private static final String TITLE = "与上年相比的变化（按支出功能分类项级科目）";

    private YearChanges() {
    }

    static Optional<ChangeChart> of(Disclosure current, Optional<Edition> lastYear) {
        if (lastYear.isPresent()) {
            Optional<ChangeChart> fromTables = fromTables(current, lastYear.get());
            if (fromTables.isPresent()) {
                return fromTables;
            }
        }
        return fromProse(current);
    }

    private static Optional<ChangeChart> fromTables(Disclosure current, Edition last) {
        Comparison c = Comparison.of(last.disclosure(), current);
        for (String part : List.of("t5", "t3")) {
            Optional<Comparison.Part> p = c.parts().stream().filter(x -> x.id().equals(part)).findFirst();
            if (p.isEmpty()) {
                continue;
            }
            List<ChangeChart.Line> lines = new ArrayList<>();
            for (Comparison.Line l : p.get().lines()) {
                if (l.level() == CodeLevel.ITEM) {
                    lines.add(new ChangeChart.Line(l.code(), l.name(), orZero(l.a()), orZero(l.b()), l.difference(), l.percent()));
                }
            }
            if (!lines.isEmpty()) {
                String table = part.equals("t5") ? TableId.T5.label() : TableId.T3.label();
                return Optional.of(new ChangeChart(ID, TITLE, table + "：" + last.label() + "与本文件比较", lines));
            }
        }
        return Optional.empty();
    }

    private static Optional<ChangeChart> fromProse(Disclosure d) {
        Map<String, Fact> byCode = new TreeMap<>();
        for (Fact f : d.explanation().facts()) {
            if (f.subject().kind() == SubjectKind.FUNCTION && f.change() != null && f.change().amount() != null
                    && f.subject().key() != null && f.subject().key().matches("\\d{3}|\\d{5}|\\d{7}")) {
                byCode.putIfAbsent(f.subject().key(), f);
            }
        }
        // a 类 stated beside its own 项 would count the same money twice: keep the finest lines
        byCode.keySet().removeIf(code -> byCode.keySet().stream().anyMatch(o -> o.length() > code.length() && o.startsWith(code)));
        Map<String, String> names = names(d);
        List<ChangeChart.Line> lines = new ArrayList<>();
        for (Map.Entry<String, Fact> e : byCode.entrySet()) {
            Fact f = e.getValue();
            Money current = f.amount() != null ? f.amount() : f.notArranged() ? Money.ZERO : null;
            if (current == null) {
                continue;
            }
            Money change = f.change().signedAmount();
            var percent = f.change().percent() == null ? null
                    : f.change().direction() == Direction.DECREASE ? f.change().percent().negate() : f.change().percent();
            lines.add(new ChangeChart.Line(e.getKey(), names.getOrDefault(e.getKey(), f.subject().text()),
                    current.minus(change), current, change, percent));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChangeChart(ID, TITLE, "本文件第三部分说明所述比上年预算的增减（上年数 = 本年数 − 增减额）", lines));
    }

    /** The printed names of function codes, for lines the prose names by their whole 类/款/项 chain. */
    private static Map<String, String> names(Disclosure d) {
        Map<String, String> names = new LinkedHashMap<>();
        for (TableId id : List.of(TableId.T5, TableId.T3, TableId.T2)) {
            for (Row r : d.table(id).map(t -> t.rows()).orElse(List.of())) {
                if (r.code() != null && r.name() != null) {
                    names.putIfAbsent(r.code(), r.name());
                }
            }
        }
        return names;
    }

    private static Money orZero(Money m) {
        return m == null ? Money.ZERO : m;
    }
}
