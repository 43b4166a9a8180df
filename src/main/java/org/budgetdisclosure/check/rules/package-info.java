/**
 * The rules, one package per family (table, cross, target, completeness, catalog, …), and what
 * several families share: {@link org.budgetdisclosure.check.rules.ProjectMatching} pairs 表7's
 * projects with the target tables and part 3's descriptions.
 */
package org.budgetdisclosure.check.rules;
