package org.budgetdisclosure.web;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.portal.Comparison;
import org.budgetdisclosure.store.DisclosureRecord;

/**
 * The compare page: the versions to choose from, the two chosen (or null) and their comparison.
 *
 * @param comparison null until both are chosen
 * @param changedOnly show only the lines that differ
 */
public record CompareView(List<DisclosureRecord> choices, DisclosureRecord a, DisclosureRecord b,
                          Comparison comparison, boolean changedOnly) {

    public CompareView {
        choices = List.copyOf(choices);
    }

    public List<Comparison.Line> lines(Comparison.Part p) {
        return changedOnly ? p.lines().stream().filter(Comparison.Line::changed).toList() : p.lines();
    }

    public static String label(DisclosureRecord r) {
        return r.title() + (r.versionNo() == null ? "（" + r.status().chinese() + "）" : " · 第 " + r.versionNo() + " 版");
    }

    public boolean chosen(DisclosureRecord r, DisclosureRecord picked) {
        return picked != null && picked.id() == r.id();
    }

    public static String amount(Money m) {
        return m == null ? "—" : m.formatted();
    }

    public static String signed(Money m) {
        return m == null ? "—" : (m.signum() > 0 ? "+" : "") + m.formatted();
    }

    public static String percent(BigDecimal p) {
        return p == null ? "—" : (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
    }

    /** The difference cell's classes: up or down. */
    public static String direction(Money m) {
        return m == null || m.isZero() ? "num" : m.signum() > 0 ? "num diff-up" : "num diff-down";
    }

    /** A table's total line is set bold. */
    public static String rowClass(Comparison.Line l) {
        return l.key().equals("~total") || l.key().equals("total") ? "total" : null;
    }

    /** Indentation of a line by its code's level: 款 and 项 under their 类. */
    public static String indent(Comparison.Line l) {
        if (l.level() == CodeLevel.SECTION) {
            return "indent-1";
        }
        return l.level() == CodeLevel.ITEM ? "indent-2" : null;
    }

    public static String presence(Comparison.Line l) {
        return switch (l.presence()) {
            case ONLY_A -> "仅甲方有此行";
            case ONLY_B -> "仅乙方有此行";
            case BOTH -> null;
        };
    }
}
