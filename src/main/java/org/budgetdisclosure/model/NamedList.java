package org.budgetdisclosure.model;

import java.util.List;

/**
 * A list the prose names, such as “收入预算包括：一般公共预算。” or “人员经费…主要包括：基本工资、…”.
 *
 * @param section the section number
 * @param label   what is listed, as printed before the colon (e.g. 收入预算包括)
 * @param items   the items in printed order
 */
public record NamedList(int section, String label, List<String> items, SourceRef at) {

    public NamedList {
        items = List.copyOf(items);
    }
}
