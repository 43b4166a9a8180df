/**
 * Completeness rules (Family.COMPLETENESS): every part the national format requires is there and
 * agrees with itself (empty tables say so, part 3 describes every project and the 三公 items). What the
 * text reader already reports (a missing table, section, 主要职能 or 机构设置) is not repeated here.
 */
package org.budgetdisclosure.check.rules.completeness;
