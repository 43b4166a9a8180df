package org.budgetdisclosure.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** The departments (部门) known to the portal. */
public final class Departments {

    private static final RowMapper<Department> MAPPER = (rs, ctx) -> new Department(rs.getLong("id"),
            rs.getString("name"), rs.getString("region"), Rows.instant(rs, "created_at"));

    private final Jdbi jdbi;

    Departments(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Department> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM department ORDER BY name").map(MAPPER).list());
    }

    public Optional<Department> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM department WHERE id = :id").bind("id", id)
                .map(MAPPER).findOne());
    }

    public Optional<Department> byName(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM department WHERE name = :name").bind("name", name)
                .map(MAPPER).findOne());
    }

    public long create(String name, String region) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO department (name, region, created_at) VALUES (:name, :region, :at)")
                .bind("name", name).bind("region", region).bind("at", Rows.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** The department of that name, created if it is new. */
    public Department obtain(String name) {
        return byName(name).orElseGet(() -> find(create(name, "")).orElseThrow());
    }

    public void rename(long id, String name, String region) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE department SET name = :name, region = :region WHERE id = :id")
                .bind("id", id).bind("name", name).bind("region", region).execute());
    }
}
