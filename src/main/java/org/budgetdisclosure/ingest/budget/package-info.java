/**
 * Reads budget files (the Budget model as JSON, docs/budget-format.md) into a Budget with located
 * diagnostics (“$.lines[3].amount: 不是金额”). Like the disclosure readers, it never throws on bad data:
 * a bad line is reported and left out, and the rest is read.
 */
package org.budgetdisclosure.ingest.budget;
