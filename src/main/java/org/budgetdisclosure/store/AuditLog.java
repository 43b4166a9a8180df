package org.budgetdisclosure.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** The append-only record of every change: who, when, what. */
public final class AuditLog {

    private static final RowMapper<AuditEntry> MAPPER = (rs, ctx) -> new AuditEntry(rs.getLong("id"),
            Rows.instant(rs, "at"), Rows.nullableLong(rs, "user_id"), rs.getString("username"), rs.getString("action"),
            Rows.nullableLong(rs, "disclosure_id"), rs.getString("detail"));

    private final Jdbi jdbi;

    AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void record(Long userId, String username, String action, Long disclosureId, String detail) {
        jdbi.useHandle(h -> record(h, userId, username, action, disclosureId, detail));
    }

    /** Inside a caller's transaction, so the change and its log entry land together. */
    static void record(Handle h, Long userId, String username, String action, Long disclosureId, String detail) {
        h.createUpdate("""
                        INSERT INTO audit_log (at, user_id, username, action, disclosure_id, detail)
                        VALUES (:at, :uid, :u, :a, :d, :detail)""")
                .bind("at", Rows.now()).bind("uid", userId).bind("u", username).bind("a", action)
                .bind("d", disclosureId).bind("detail", detail == null ? "" : detail).execute();
    }

    public List<AuditEntry> forDisclosure(long disclosureId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log WHERE disclosure_id = :d ORDER BY id")
                .bind("d", disclosureId).map(MAPPER).list());
    }

    public List<AuditEntry> recent(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log ORDER BY id DESC LIMIT :n")
                .bind("n", limit).map(MAPPER).list());
    }
}
