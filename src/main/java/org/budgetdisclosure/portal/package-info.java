/**
 * The portal's use cases, shared by the web pages and the API: who may do what (Access), drafts and
 * their workflow up to immutable published versions (Workflow), turning stored content into a checked
 * disclosure (Documents), accounts, search and the first-start import. Sees the four stages and the
 * store; knows nothing of HTTP.
 */
package org.budgetdisclosure.portal;
