package org.budgetdisclosure.model;

/** A term of part 4, 名词解释. */
public record GlossaryTerm(int number, String term, String definition, SourceRef at) {
}
