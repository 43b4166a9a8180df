package org.budgetdisclosure.model.budget;

import java.time.LocalDate;
import java.util.List;
import org.budgetdisclosure.model.AllocationPart;
import org.budgetdisclosure.model.Indicator;

/**
 * A project (项目) with its texts and performance target. Its amount is the sum of the lines naming
 * it; the allocation parts should add up to that amount.
 *
 * @param name           项目名称, as the lines name it
 * @param functionCode   the function 项 it is budgeted under (its lines' code), or null
 * @param policyBasis    设立的政策依据
 * @param unit           项目承担单位
 * @param allocation     资金分配情况: the parts with amounts
 * @param allocationNote text printed after the parts (or instead of them when there are none), or null
 * @param start          资金执行时间 from
 * @param end            资金执行时间 to
 * @param manager        项目负责人
 * @param goal           项目总体目标
 * @param indicators     the target table's indicators
 */
public record Project(String name, String functionCode, String policyBasis, String unit, List<AllocationPart> allocation,
                      String allocationNote, LocalDate start, LocalDate end, String manager, String goal,
                      List<Indicator> indicators) {

    public Project {
        allocation = List.copyOf(allocation);
        indicators = List.copyOf(indicators);
    }
}
