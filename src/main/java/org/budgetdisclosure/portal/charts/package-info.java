/**
 * The charts of a disclosure page as plain data: where the money goes, basic and project spending,
 * economic classes, changes from last year and 三公 over the years, each with the table that holds the
 * same numbers. Pure functions of disclosures; drawing and serialising are the web's business.
 */
package org.budgetdisclosure.portal.charts;
