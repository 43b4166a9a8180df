/**
 * The reader for disclosures in the sample's text form (PDF converted to markdown-like text: tab
 * separated rows, {@code <b>} markers, headings at mixed levels). {@link
 * org.budgetdisclosure.ingest.text.TextDisclosureReader} runs the stages; each part of the document
 * has its own small reader.
 */
package org.budgetdisclosure.ingest.text;
