package org.budgetdisclosure.store;

import java.time.Instant;

/** Who did what, when. */
public record AuditEntry(long id, Instant at, Long userId, String username, String action, Long disclosureId,
                         String detail) {
}
