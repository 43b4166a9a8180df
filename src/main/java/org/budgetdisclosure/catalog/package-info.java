/**
 * The yearly national classification catalogues (function 类/款/项, economic 类/款): code → name, parent, children, name lookup. Shipped partial data in resources, official CSV loadable by flag. No database.
 */
package org.budgetdisclosure.catalog;
