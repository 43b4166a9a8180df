/**
 * Persistence: repositories and migrations over the embedded database or PostgreSQL (issue 5).
 */
package org.budgetdisclosure.store;
