package org.budgetdisclosure.model;

import java.util.List;

/**
 * One of the thirteen explanations of part 3 (部门预算情况说明).
 *
 * @param number     1–13, from the Chinese numeral of its heading
 * @param title      the heading without its numeral
 * @param paragraphs its text in order, performance target tables excluded
 */
public record Section(int number, String title, List<Paragraph> paragraphs, SourceRef at) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
    }
}
