package org.budgetdisclosure.model;

import java.util.List;

/**
 * Part 1, 部门概况.
 *
 * @param duties            主要职能, the numbered list in order (numbers removed)
 * @param organisationText  机构设置 as printed
 * @param subordinateUnits  the subordinate budget units it names; empty when it says there are none
 */
public record Overview(List<String> duties, String organisationText, List<String> subordinateUnits, SourceRef at) {

    public Overview {
        duties = List.copyOf(duties);
        subordinateUnits = List.copyOf(subordinateUnits);
    }
}
