package org.budgetdisclosure.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.budgetdisclosure.store.Database;
import org.budgetdisclosure.store.Role;
import org.budgetdisclosure.store.Who;

/**
 * First start on an empty database: the admin account, and the sample disclosure imported as
 * published. Each happens once: a setting records it, so a restart (or a deleted sample) never
 * imports it again.
 */
public final class Bootstrap {

    public static final String SAMPLE_RESOURCE = "/examples/changji-gov-office-2026.txt";
    static final String SAMPLE_DONE = "sample-imported";

    private Bootstrap() {
    }

    /**
     * Creates the admin account when there is no user at all.
     *
     * @param password the admin's password (e.g. from BD_ADMIN_PASSWORD), or null for a random one
     * @return the one-time password to print, when one was generated
     */
    public static Optional<String> ensureAdmin(Database db, Passwords passwords, String password) {
        if (db.users().count() > 0) {
            return Optional.empty();
        }
        String chosen = password == null || password.isBlank() ? Passwords.oneTime() : password;
        long id = db.users().create("admin", "系统管理员", passwords.hash(chosen), Role.ADMIN, null);
        db.audit().record(id, "admin", "create-user", null, "首次启动创建管理员");
        return password == null || password.isBlank() ? Optional.of(chosen) : Optional.empty();
    }

    /** Imports the bundled sample as published once per database; returns its id when imported now. */
    public static Optional<Long> ensureSample(Database db, Workflow workflow) {
        if (db.settings().get(SAMPLE_DONE).isPresent()) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Bootstrap.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sample missing from the jar: " + SAMPLE_RESOURCE);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!db.settings().putIfAbsent(SAMPLE_DONE, java.time.Instant.now().toString())) {
            return Optional.empty(); // another instance on the same database got there first
        }
        long id = workflow.importPublished(new Upload("changji-gov-office-2026.txt", bytes), Who.SYSTEM);
        return Optional.of(id);
    }
}
