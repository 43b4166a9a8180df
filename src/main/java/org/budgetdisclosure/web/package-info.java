/**
 * The portal and API: a composition root that wires the other packages to HTTP (issue 5).
 */
package org.budgetdisclosure.web;
