/**
 * The printed page of a disclosure as XHTML: view records that lay the model out as the national
 * format prints it (multi-row table headers, code columns, merged indicator cells), and the jte
 * templates ({@code src/main/jte}, precompiled into this package) that write them, escaping
 * everything. Layout only: no figure is computed here.
 */
package org.budgetdisclosure.render.html;
