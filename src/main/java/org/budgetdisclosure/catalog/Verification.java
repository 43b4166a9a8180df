package org.budgetdisclosure.catalog;

import java.util.Optional;

/**
 * How far a catalog row has been checked against a source. The shipped catalogs are compiled from
 * real disclosures, not from the Ministry of Finance's book, so a checker should trust a row only as
 * far as this says (see {@code resources/catalog/README.md}).
 */
public enum Verification {
    /** Code and name printed together in a document of the catalog's year (the sample) or in a template of the same scheme. */
    YES("yes"),
    /** Code and name printed together in real disclosures of other years; the name may have changed since. */
    OBSERVED("observed"),
    /** The name and its place in the list are confirmed by a source; the code number itself is not. */
    NAME_ONLY("name_only"),
    /** Written from general knowledge, checked against nothing. */
    UNVERIFIED("unverified"),
    /** Taken as given from a catalog file the user loaded (normally the official one). */
    SUPPLIED("supplied");

    private final String label;

    Verification(String label) {
        this.label = label;
    }

    /** The word used in the CSV column {@code verified}. */
    public String label() {
        return label;
    }

    public static Optional<Verification> fromLabel(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.trim();
        for (Verification v : values()) {
            if (v.label.equalsIgnoreCase(t)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
