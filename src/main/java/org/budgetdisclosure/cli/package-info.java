/**
 * The command line (picocli): a composition root; Main is the only place that exits.
 */
package org.budgetdisclosure.cli;
