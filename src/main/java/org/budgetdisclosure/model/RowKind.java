package org.budgetdisclosure.model;

/** What a table row stands for. */
public enum RowKind {
    FUNCTION,  // a function-classification row (类/款/项), code in {@link Row#code()}
    ECONOMIC,  // an economic-classification row (类/款)
    PROJECT,   // a project under its function code (表7, 表11)
    UNIT,      // the budget unit's own summary row (表7's first row)
    ITEM,      // a named line with a stable key (表1/表4 income items, 表10 三公 items)
    TOTAL      // 合计 / 总计 / 收入总计 / 支出总计
}
