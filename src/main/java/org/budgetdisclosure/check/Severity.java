package org.budgetdisclosure.check;

/** How serious a finding is. A disclosure with ERROR findings fails the check (exit 1). */
public enum Severity {
    ERROR("错误", "error"),     // a real inconsistency
    WARNING("警告", "warning"), // plausibly wrong; a reviewer should look
    NOTICE("提示", "notice");   // harmless as printed, e.g. rounding drift (舍入差异)

    private final String chinese;
    private final String id;

    Severity(String chinese, String id) {
        this.chinese = chinese;
        this.id = id;
    }

    public String chinese() {
        return chinese;
    }

    /** The lower-case name used in JSON. */
    public String id() {
        return id;
    }
}
