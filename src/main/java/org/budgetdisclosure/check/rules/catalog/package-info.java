/**
 * Classification rules (Family.CATALOG): codes well formed, each code named alike in every table and
 * as the year's catalog names it, parent rows present.
 */
package org.budgetdisclosure.check.rules.catalog;
