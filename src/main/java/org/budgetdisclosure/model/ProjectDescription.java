package org.budgetdisclosure.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A project as part 3 section 7 describes it.
 *
 * @param name            项目名称
 * @param policyBasis     设立的政策依据
 * @param amount          预算安排规模 (万元)
 * @param unit            项目承担单位
 * @param allocationText  资金分配情况 as printed
 * @param statedTotal     a total the allocation text states (“本项目资金共计50万元”), or null
 * @param allocation      the parts with amounts in 万元 the allocation text names, in order
 * @param executionPeriod 资金执行时间 as printed
 * @param start           its first day, when it could be read
 * @param end             its last day, when it could be read
 * @param allocationAt    where 资金分配情况 was read (or null)
 */
public record ProjectDescription(String name, String policyBasis, Money amount, String unit, String allocationText,
                                 Money statedTotal, List<AllocationPart> allocation, String executionPeriod,
                                 LocalDate start, LocalDate end, SourceRef at, SourceRef allocationAt) {

    public ProjectDescription {
        allocation = List.copyOf(allocation);
    }

    /** Without a separate place for the allocation text. */
    public ProjectDescription(String name, String policyBasis, Money amount, String unit, String allocationText,
                              Money statedTotal, List<AllocationPart> allocation, String executionPeriod,
                              LocalDate start, LocalDate end, SourceRef at) {
        this(name, policyBasis, amount, unit, allocationText, statedTotal, allocation, executionPeriod, start, end, at, null);
    }
}
