package org.budgetdisclosure.model;

/** The twelve standard tables of a budget disclosure, named by what they are (not by position). */
public enum TableId {
    T1(1, "部门收支总体情况表"),
    T2(2, "部门收入总体情况表"),
    T3(3, "部门支出总体情况表"),
    T4(4, "财政拨款收支预算总体情况表"),
    T5(5, "一般公共预算支出情况表"),
    T6(6, "一般公共预算基本支出情况表"),
    T7(7, "一般公共预算项目支出情况表"),
    T8(8, "政府性基金预算支出情况表"),
    T9(9, "国有资本经营预算支出情况表"),
    T10(10, "财政拨款“三公”经费支出情况表"),
    T11(11, "财政拨款委托业务费支出情况表"),
    T12(12, "上年结转结余情况表");

    private final int number;
    private final String title;
    /** Built once: messages about a table name it for every row they concern. */
    private final String label;

    TableId(int number, String title) {
        this.number = number;
        this.title = title;
        this.label = "表" + number + " " + title;
    }

    public int number() {
        return number;
    }

    /** The standard title, as the national format prints it. */
    public String title() {
        return title;
    }

    /** {@code 表3 部门支出总体情况表}. */
    public String label() {
        return label;
    }

    public static TableId ofNumber(int n) {
        for (TableId t : values()) {
            if (t.number == n) {
                return t;
            }
        }
        throw new IllegalArgumentException("no table " + n);
    }
}
