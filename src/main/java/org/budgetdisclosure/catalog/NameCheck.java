package org.budgetdisclosure.catalog;

import java.util.Optional;

/**
 * What a catalog says about a code printed with a name. Separates “this partial catalog does not know
 * the code” (no judgement possible) from “the catalog has the code under another name” (a finding)
 * and from “the code is not in a complete catalog” (also a finding).
 *
 * @param outcome what was found
 * @param entry   the catalog's row for the code, when it has one
 */
public record NameCheck(Outcome outcome, Optional<Entry> entry) {

    public enum Outcome {
        /** The code is known and the names agree (after {@link Names#key}). */
        SAME_NAME,
        /** The code is known and the printed name is the start of the catalog's: cut where a PDF line or page broke. */
        TRUNCATED_NAME,
        /** The code is known under another name. */
        OTHER_NAME,
        /** The code is not in this catalog, which is partial: say nothing about it. */
        NOT_IN_PARTIAL_CATALOG,
        /** The code is not in this catalog, which claims to be complete: the code does not exist that year. */
        NOT_IN_CATALOG,
        /** The printed text is not a code of this scheme at all. */
        BAD_CODE
    }

    /** True when the catalog has a row for the code. */
    public boolean known() {
        return entry.isPresent();
    }

    /** True when the printed name is the catalog's, whole or cut by a line break. */
    public boolean nameAgrees() {
        return outcome == Outcome.SAME_NAME || outcome == Outcome.TRUNCATED_NAME;
    }
}
