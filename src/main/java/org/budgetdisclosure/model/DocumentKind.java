package org.budgetdisclosure.model;

/** What kind of document a disclosure is. */
public enum DocumentKind {
    DEPARTMENT_BUDGET("部门预算"), // 部门预算公开
    UNIT_BUDGET("单位预算"),       // 单位预算公开
    DEPARTMENT_FINAL("部门决算"),  // 部门决算公开
    UNIT_FINAL("单位决算");        // 单位决算公开

    private final String chinese;

    DocumentKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
