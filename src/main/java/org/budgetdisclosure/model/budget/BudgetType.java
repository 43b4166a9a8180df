package org.budgetdisclosure.model.budget;

/** The three kinds of financial appropriation (财政拨款), the columns of 表4, 表10 and 表11. */
public enum BudgetType {
    GPB("一般公共预算"),      // 一般公共预算
    FUND("政府性基金预算"),   // 政府性基金预算
    SOE("国有资本经营预算");  // 国有资本经营预算

    private final String chinese;

    BudgetType(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The column key the tables use for it ({@code gpb}, {@code fund}, {@code soe}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
