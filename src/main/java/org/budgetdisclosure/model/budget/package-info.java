/**
 * The Budget model: what a finance officer enters (line items by function 项 × economic 款 × funding
 * source × nature, projects with their texts and targets, last year's figures and reasons, other
 * matters). Everything in a {@link org.budgetdisclosure.model.Disclosure} can be computed from it
 * ({@code org.budgetdisclosure.compute.Compute}). Immutable records only, like the rest of the model.
 */
package org.budgetdisclosure.model.budget;
