package org.budgetdisclosure.store;

/** What a signed-in user may do. */
public enum Role {
    EDITOR("部门编辑"),     // edits only their own department's drafts
    REVIEWER("财政审核"),   // finance bureau: reviews and publishes for every department of the region
    ADMIN("系统管理员");    // users, departments, catalogs

    private final String chinese;

    Role(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
