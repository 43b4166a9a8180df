package org.budgetdisclosure.store;

/** The author of a change, for the audit log ({@code userId} null for the system itself). */
public record Who(Long userId, String username) {

    public static final Who SYSTEM = new Who(null, "system");
}
