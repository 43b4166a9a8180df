package org.budgetdisclosure.portal;

import org.budgetdisclosure.model.Disclosure;

/**
 * A published version of a department's document, with its content read: what charts and comparisons
 * need of another year's disclosure.
 *
 * @param id        the stored version's id (for links)
 * @param year      the budget year
 * @param versionNo the published version number
 */
public record Edition(long id, int year, int versionNo, Disclosure disclosure) {

    /** {@code 2025年公开文件（第1版）}. */
    public String label() {
        return year + "年公开文件（第" + versionNo + "版）";
    }
}
