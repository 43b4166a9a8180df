/**
 * The checker: rules, findings and the rulebook (issue 3).
 */
package org.budgetdisclosure.check;
