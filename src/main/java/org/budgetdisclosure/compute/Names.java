package org.budgetdisclosure.compute;

import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.Entry;
import org.budgetdisclosure.model.ClassificationCode;

/** The name of a classification code: the catalog's, else the one the budget gives, else the bare code. */
final class Names {

    private final Catalog catalog;
    private final Map<String, String> given;

    Names(Catalog catalog, Map<String, String> given) {
        this.catalog = catalog;
        this.given = given;
    }

    Optional<Catalog> catalog() {
        return Optional.ofNullable(catalog);
    }

    String function(String code) {
        return name(ClassificationCode.function(code));
    }

    String economic(String code) {
        return name(ClassificationCode.economic(code));
    }

    private String name(ClassificationCode code) {
        Optional<String> fromCatalog = catalog == null ? Optional.empty() : catalog.find(code).map(Entry::name);
        // PARTIAL: a code neither the catalog nor the budget names prints as its digits; the JSON reader warns about it
        return fromCatalog.orElseGet(() -> given.getOrDefault(code.digits(), code.digits()));
    }
}
