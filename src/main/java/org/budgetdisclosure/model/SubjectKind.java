package org.budgetdisclosure.model;

/** What a stated figure of part 3 is the figure of. The key of a {@link Subject} depends on it. */
public enum SubjectKind {
    TOTAL,          // 收支总预算 / 收入预算 / 支出预算 / 财政拨款收支总预算 / 一般公共预算拨款合计; key names which
    SOURCE,         // a funding source; key as in 表1's income item keys (gpb, gpbTransfer, fund, …)
    NATURE,         // 基本支出 (basic), 项目支出 (project), 人员经费 (personnel), 公用经费 (public)
    FUNCTION,       // a function classification line; key = its code (201, 20103, 2010301)
    ECONOMIC,       // an economic classification line; key = its code
    PROJECT,        // a project; key = its name
    SANGONG,        // a “三公” item; key: total, travelAbroad, reception, vehicle, vehiclePurchase, vehicleRunning
    RUNNING_COSTS,  // 机关运行经费
    PROCUREMENT,    // 政府采购; key: total, goods, works, services, smeReserve, smallMicroReserve
    PERFORMANCE,    // 预算绩效; key: departmentTargets, fiscalProjects, nonFiscalProjects
    UNKNOWN         // a figure whose subject could not be resolved; text keeps what was printed
}
