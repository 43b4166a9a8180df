/**
 * Readers: one per input format, each turning a published disclosure into a Disclosure plus diagnostics. The text reader handles the sample's PDF-converted text form.
 */
package org.budgetdisclosure.ingest;
