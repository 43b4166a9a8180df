package org.budgetdisclosure.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Portal accounts. Passwords arrive here already hashed. */
public final class Users {

    private static final RowMapper<User> MAPPER = (rs, ctx) -> new User(rs.getLong("id"), rs.getString("username"),
            rs.getString("display_name"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
            Rows.nullableLong(rs, "department_id"), rs.getBoolean("active"), Rows.instant(rs, "created_at"));

    private final Jdbi jdbi;

    Users(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<User> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM app_user ORDER BY username").map(MAPPER).list());
    }

    public Optional<User> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM app_user WHERE id = :id").bind("id", id)
                .map(MAPPER).findOne());
    }

    public Optional<User> byUsername(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM app_user WHERE username = :u").bind("u", username)
                .map(MAPPER).findOne());
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Long.class).one());
    }

    public long create(String username, String displayName, String passwordHash, Role role, Long departmentId) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO app_user (username, display_name, password_hash, role, department_id, active, created_at)
                        VALUES (:u, :d, :p, :r, :dep, TRUE, :at)""")
                .bind("u", username).bind("d", displayName).bind("p", passwordHash).bind("r", role.name())
                .bind("dep", departmentId).bind("at", Rows.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public void setPassword(long id, String passwordHash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE app_user SET password_hash = :p WHERE id = :id")
                .bind("id", id).bind("p", passwordHash).execute());
    }

    public void setActive(long id, boolean active) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE app_user SET active = :a WHERE id = :id")
                .bind("id", id).bind("a", active).execute());
    }
}
