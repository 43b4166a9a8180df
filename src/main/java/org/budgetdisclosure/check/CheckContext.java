package org.budgetdisclosure.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.Catalogs;
import org.budgetdisclosure.model.Disclosure;

/**
 * What rules may consult besides the disclosure: the classification catalog of the budget year
 * (partial when shipped; complete when the user loads an official file), if any; and what the rules
 * derive from the disclosure and share ({@link #shared}), so that an index many rules read is built once
 * per check rather than by each rule.
 */
public final class CheckContext {

    private final Catalog catalog;

    /** The disclosure {@link #derived} belongs to (compared by identity: the model is immutable). */
    private Disclosure document;
    private Map<Object, Object> derived;

    public CheckContext(Catalog catalog) {
        this.catalog = catalog;
    }

    public static CheckContext none() {
        return new CheckContext(null);
    }

    /** The shipped catalog of the document's year (or the nearest earlier), if there is one. */
    public static CheckContext forDocument(Disclosure d) {
        Integer year = d.header() == null ? null : d.header().year();
        return new CheckContext(year == null ? null : Catalogs.builtIn(year).orElse(null));
    }

    public Catalog catalog() {
        return catalog;
    }

    public Optional<Catalog> catalogOptional() {
        return Optional.ofNullable(catalog);
    }

    /**
     * What {@code derive} makes of {@code d}, made once per disclosure and key: the first rule to ask
     * builds it, the others reuse it. A context checking another disclosure starts afresh. {@code derive}
     * must be a pure function of the disclosure (and may itself ask for shared values).
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T shared(Disclosure d, Object key, Function<Disclosure, T> derive) {
        if (document != d || derived == null) {
            document = d;
            derived = new HashMap<>();
        }
        Object value = derived.get(key);
        if (value == null) {
            value = Objects.requireNonNull(derive.apply(d), "derived value");
            if (document == d) { // a nested derivation for another disclosure would have replaced the map
                derived.put(key, value);
            }
        }
        return (T) value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CheckContext c && Objects.equals(catalog, c.catalog);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(catalog);
    }

    @Override
    public String toString() {
        return "CheckContext[catalog=" + catalog + "]";
    }
}
