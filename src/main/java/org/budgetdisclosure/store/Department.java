package org.budgetdisclosure.store;

import java.time.Instant;

/** A budget unit that publishes disclosures (部门). */
public record Department(long id, String name, String region, Instant createdAt) {
}
