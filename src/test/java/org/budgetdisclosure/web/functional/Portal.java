package org.budgetdisclosure.web.functional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.budgetdisclosure.portal.Actor;
import org.budgetdisclosure.portal.Bootstrap;
import org.budgetdisclosure.portal.Passwords;
import org.budgetdisclosure.store.Database;
import org.budgetdisclosure.store.Role;
import org.budgetdisclosure.store.User;
import org.budgetdisclosure.web.PortalServer;
import org.budgetdisclosure.web.Services;

/**
 * The real portal started in this JVM as {@code bd serve} starts it (database, migrations, services,
 * first-start admin and sample, Javalin on a free port), for tests that drive it over HTTP.
 */
public final class Portal implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "adminpass1";
    /** bcrypt cost for tests: 4 keeps a login at about a millisecond. */
    static final int BCRYPT = 4;

    private final Backend backend;
    private final Database.Config config;
    private final Database db;
    private final Services services;
    private final PortalServer server;
    private final Optional<String> generatedAdminPassword;
    private final Optional<Long> importedSample;
    private boolean stopped;

    private Portal(Backend backend, Database.Config config) {
        this.backend = backend;
        this.config = config;
        this.db = Database.open(config);
        try {
            this.services = Services.over(db, BCRYPT);
            this.generatedAdminPassword = Bootstrap.ensureAdmin(db, new Passwords(BCRYPT), ADMIN_PASSWORD);
            this.importedSample = Bootstrap.ensureSample(db, services.workflow());
            this.server = PortalServer.create(services).start("127.0.0.1", 0);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Starts the portal on a new empty database of {@code backend}. */
    public static Portal fresh(Backend backend, Class<?> owner) {
        return new Portal(backend, backend.fresh(owner.getSimpleName()));
    }

    /** Starts the portal on an existing database (after a restart). */
    public static Portal on(Backend backend, Database.Config config) {
        return new Portal(backend, config);
    }

    public Database.Config config() {
        return config;
    }

    public Database db() {
        return db;
    }

    public Services services() {
        return services;
    }

    public Optional<String> generatedAdminPassword() {
        return generatedAdminPassword;
    }

    public Optional<Long> importedSample() {
        return importedSample;
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public Browser browser() {
        return new Browser(base());
    }

    public Browser login(String username, String password) {
        return browser().login(username, password);
    }

    public Browser admin() {
        return login(ADMIN, ADMIN_PASSWORD);
    }

    /** The admin as the use cases see it, for setting up fixtures without going through pages. */
    public Actor adminActor() {
        return Actor.of(db.users().byUsername(ADMIN).orElseThrow());
    }

    public Actor actor(String username) {
        return Actor.of(db.users().byUsername(username).orElseThrow());
    }

    /** Creates a department and returns its id (directly, for fixtures). */
    public long department(String name) {
        return db.departments().byName(name).map(d -> d.id())
                .orElseGet(() -> services.accounts().createDepartment(adminActor(), name, "测试区"));
    }

    /** Creates a user (directly, for fixtures); the password is {@code username + "-pass"}. */
    public User user(String username, Role role, Long departmentId) {
        if (db.users().byUsername(username).isEmpty()) {
            services.accounts().createUser(adminActor(), username, username, password(username), role, departmentId);
        }
        return db.users().byUsername(username).orElseThrow();
    }

    public static String password(String username) {
        return username + "-pass";
    }

    /** Stops the server and closes the database, keeping its data (a restart reopens it). */
    public void stop() {
        if (!stopped) {
            stopped = true;
            server.stop();
            db.close();
        }
    }

    /** Stops and throws the database away. */
    @Override
    public void close() {
        stop();
        backend.drop(config);
    }

    static byte[] example(String name) {
        try {
            return Files.readAllBytes(Path.of("examples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample budget file (0 error findings: its disclosure is computed). */
    public static byte[] budgetFile() {
        return example("changji-gov-office-2026.budget.json");
    }

    /** The sample published text (the checker finds errors in it). */
    public static byte[] disclosureText() {
        return example("changji-gov-office-2026.txt");
    }
}
