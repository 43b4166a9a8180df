package org.budgetdisclosure.model.budget;

import java.time.LocalDate;
import java.util.List;

/**
 * The department profile (部门概况) and the cover.
 *
 * @param name             部门名称
 * @param year             the budget year
 * @param duties           主要职能, in order, without numbers
 * @param organisationText 机构设置 as it should be printed; null to have it written from {@code subordinateUnits}
 * @param subordinateUnits 下属预算单位; empty when there are none
 * @param administrative   a purely administrative unit (行政单位 or 参公): its 公用经费 is its 机关运行经费
 * @param signedOn         the date printed at the end, or null
 */
public record Department(String name, int year, List<String> duties, String organisationText,
                         List<String> subordinateUnits, boolean administrative, LocalDate signedOn) {

    public Department {
        duties = List.copyOf(duties);
        subordinateUnits = List.copyOf(subordinateUnits);
    }
}
