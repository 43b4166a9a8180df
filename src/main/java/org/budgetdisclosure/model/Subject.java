package org.budgetdisclosure.model;

/** What a fact is about: a kind, a stable key within the kind, and the words as printed. */
public record Subject(SubjectKind kind, String key, String text) {
}
