package org.budgetdisclosure.catalog;

import java.util.Objects;
import java.util.Optional;
import org.budgetdisclosure.model.ClassificationCode;
import org.budgetdisclosure.model.ClassificationCode.Scheme;

/**
 * The classification catalogs used for one budget year: function (支出功能分类科目) and economic
 * (部门预算支出经济分类科目).
 *
 * @param year     the budget year asked for
 * @param dataYear the year whose catalog is used; earlier than {@code year} when no catalog of that
 *                 year is shipped (see {@link #isFallback()})
 * @param function the function classification
 * @param economic the economic classification for department budgets
 */
public record Catalog(int year, int dataYear, Classification function, Classification economic) {

    public Catalog {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(economic, "economic");
        if (function.scheme() != Scheme.FUNCTION || economic.scheme() != Scheme.ECONOMIC) {
            throw new IllegalArgumentException("function and economic classifications swapped or mixed");
        }
    }

    /** True when the catalog is another year's, because none of {@link #year()} was at hand. */
    public boolean isFallback() {
        return dataYear != year;
    }

    public Classification classification(Scheme scheme) {
        return scheme == Scheme.FUNCTION ? function : economic;
    }

    /** The row for a code of either scheme. */
    public Optional<Entry> find(ClassificationCode code) {
        return classification(code.scheme()).find(code);
    }

    /** The same catalog with the function classification replaced (e.g. by an official file). */
    public Catalog withFunction(Classification replacement) {
        return new Catalog(year, dataYear, replacement, economic);
    }

    /** The same catalog with the economic classification replaced (e.g. by an official file). */
    public Catalog withEconomic(Classification replacement) {
        return new Catalog(year, dataYear, function, replacement);
    }
}
