package org.budgetdisclosure.model;

/** A paragraph (or a sub-heading, when {@code heading}) of part 3, rejoined where the PDF wrapped it. */
public record Paragraph(String text, boolean heading, SourceRef at) {
}
