package org.budgetdisclosure.store;

/**
 * What a new draft (or an imported published version) is made of; the derived columns (title,
 * finding counts, search text) are computed by the caller from the content.
 */
public record NewVersion(long departmentId, int year, String kind, DisclosureRecord.SourceFormat sourceFormat,
                         String content, String title, Long basedOnId, String correctionReason, Derived derived) {

    /** What the portal derives from the content each time it changes. */
    public record Derived(String title, int errors, int warnings, int notices, String searchText) {
    }
}
