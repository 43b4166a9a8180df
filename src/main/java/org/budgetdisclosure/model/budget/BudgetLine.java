package org.budgetdisclosure.model.budget;

import org.budgetdisclosure.model.Money;

/**
 * One line item: an amount by function 项 (7 digits) × economic 款 (5 digits) × funding source ×
 * nature, with the project it belongs to for project lines (null for basic lines).
 */
public record BudgetLine(String functionCode, String economicCode, FundingSource source, Nature nature,
                         String project, Money amount) {
}
