package org.budgetdisclosure.store;

import java.time.Instant;

/** A portal account. {@code departmentId} is set for editors (their one department). */
public record User(long id, String username, String displayName, String passwordHash, Role role, Long departmentId,
                   boolean active, Instant createdAt) {
}
