package org.budgetdisclosure.store;

/** Where a disclosure version stands in the workflow. */
public enum Status {
    DRAFT("草稿"),
    SUBMITTED("已提交审核"),
    RETURNED("已退回修改"),
    PUBLISHED("已公开");

    private final String chinese;

    Status(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** Drafts and returned drafts are the only rows the department can still change. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
