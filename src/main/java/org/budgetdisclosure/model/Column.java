package org.budgetdisclosure.model;

/**
 * A value column of a table: a stable key (e.g. {@code total}, {@code basic}, {@code e302}) and
 * the label as printed. {@code side} is set only for the two-sided tables 表1 and 表4.
 */
public record Column(String key, String label, Side side) {

    public Column(String key, String label) {
        this(key, label, null);
    }
}
