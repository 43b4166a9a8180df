package org.budgetdisclosure.check;

import java.util.Optional;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.Catalogs;
import org.budgetdisclosure.model.Disclosure;

/**
 * What rules may consult besides the disclosure: the classification catalog of the budget year
 * (partial when shipped; complete when the user loads an official file), if any.
 */
public record CheckContext(Catalog catalog) {

    public static CheckContext none() {
        return new CheckContext(null);
    }

    /** The shipped catalog of the document's year (or the nearest earlier), if there is one. */
    public static CheckContext forDocument(Disclosure d) {
        Integer year = d.header() == null ? null : d.header().year();
        return new CheckContext(year == null ? null : Catalogs.builtIn(year).orElse(null));
    }

    public Optional<Catalog> catalogOptional() {
        return Optional.ofNullable(catalog);
    }
}
