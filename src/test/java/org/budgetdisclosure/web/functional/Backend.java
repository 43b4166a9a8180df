package org.budgetdisclosure.web.functional;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.budgetdisclosure.store.Database;
import org.junit.jupiter.api.Assumptions;

/**
 * The database a functional test class runs on: H2 in memory (always) or a real PostgreSQL given by
 * the environment ({@code PG_URL}, {@code PG_USER}, {@code PG_PASSWORD}). Without PG_URL the
 * PostgreSQL runs are skipped, unless {@code -Dbd.requirePostgres=true} (scripts/test.sh, CI) makes
 * that a failure. Every class gets its own empty database, so classes never see each other's rows.
 */
public abstract class Backend {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** What the parameterised test classes run on, in order: H2, then PostgreSQL. */
    public static Stream<Backend> all() {
        return Stream.of(new H2(), new Postgres());
    }

    /** Whether this backend can be used here. */
    public abstract boolean available();

    /** Skips (or, where PostgreSQL is required, fails) the test when this backend is not there. */
    public abstract void assumeAvailable();

    /** A new empty database for the class {@code owner}; {@link #drop(Database.Config)} removes it. */
    public abstract Database.Config fresh(String owner);

    /** A database that outlives a server restart: for H2 a file under {@code dir}. */
    public abstract Database.Config persistent(String owner, Path dir);

    public abstract void drop(Database.Config config);

    public abstract boolean isPostgres();

    static String uniqueName(String owner) {
        String base = owner.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        return "bd_" + base.substring(0, Math.min(base.length(), 30)) + "_" + ProcessHandle.current().pid() + "_"
                + SEQUENCE.incrementAndGet();
    }

    /** H2 in PostgreSQL mode: in memory, or a file for the restart test. */
    static final class H2 extends Backend {

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public void assumeAvailable() {
        }

        @Override
        public Database.Config fresh(String owner) {
            return Database.Config.inMemory(uniqueName(owner));
        }

        @Override
        public Database.Config persistent(String owner, Path dir) {
            return Database.Config.embedded(dir);
        }

        @Override
        public void drop(Database.Config config) {
            // DB_CLOSE_DELAY=-1 keeps an in-memory database until the JVM ends; drop its rows now
            if (config.url().startsWith("jdbc:h2:mem:")) {
                try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
                     Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                } catch (SQLException e) {
                    // already gone
                }
            }
        }

        @Override
        public boolean isPostgres() {
            return false;
        }

        @Override
        public String toString() {
            return "H2";
        }
    }

    /**
     * PostgreSQL: each class gets a database of its own, created on the server PG_URL points at
     * (CREATE DATABASE, dropped at the end). A user without CREATEDB gets a schema of its own instead.
     */
    static final class Postgres extends Backend {

        private final String url = System.getenv("PG_URL");
        private final String user = envOr("PG_USER", "postgres");
        private final String password = envOr("PG_PASSWORD", "");

        private static String envOr(String name, String fallback) {
            String v = System.getenv(name);
            return v == null ? fallback : v;
        }

        @Override
        public boolean available() {
            return url != null && !url.isBlank();
        }

        @Override
        public void assumeAvailable() {
            boolean present = available();
            String why = "PostgreSQL 测试已跳过：未设置环境变量 PG_URL（以及 PG_USER、PG_PASSWORD）。"
                    + "scripts/test.sh 会启动一个临时 PostgreSQL 并设置它们。";
            if (!present && Boolean.getBoolean("bd.requirePostgres")) {
                throw new AssertionError("需要 PostgreSQL（-Dbd.requirePostgres=true），但未设置 PG_URL");
            }
            Assumptions.assumeTrue(present, why);
        }

        @Override
        public Database.Config fresh(String owner) {
            String name = uniqueName(owner);
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                try {
                    s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
                    return new Database.Config(withDatabase(url, name), user, password);
                } catch (SQLException noCreateDb) {
                    s.execute("CREATE SCHEMA " + name);
                    return new Database.Config(withParameter(url, "currentSchema=" + name), user, password);
                }
            } catch (SQLException e) {
                throw new AssertionError("无法在 " + url + " 上新建测试数据库：" + e.getMessage(), e);
            }
        }

        @Override
        public Database.Config persistent(String owner, Path dir) {
            return fresh(owner);
        }

        @Override
        public void drop(Database.Config config) {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                int schema = config.url().indexOf("currentSchema=");
                if (schema >= 0) {
                    s.execute("DROP SCHEMA IF EXISTS " + config.url().substring(schema + "currentSchema=".length()) + " CASCADE");
                } else {
                    s.execute("DROP DATABASE IF EXISTS " + databaseOf(config.url()) + " WITH (FORCE)");
                }
            } catch (SQLException e) {
                System.err.println("测试数据库未能删除（可忽略）：" + config.url() + "：" + e.getMessage());
            }
        }

        @Override
        public boolean isPostgres() {
            return true;
        }

        /** jdbc:postgresql://host:port/db?params → the same with another database name. */
        static String withDatabase(String jdbcUrl, String database) {
            int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = jdbcUrl.indexOf('?');
            String rest = query < 0 ? "" : jdbcUrl.substring(query);
            return (slash < 0 ? (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query)) : jdbcUrl.substring(0, slash)) + "/" + database + rest;
        }

        static String withParameter(String jdbcUrl, String parameter) {
            return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + parameter;
        }

        static String databaseOf(String jdbcUrl) {
            int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = jdbcUrl.indexOf('?');
            return query < 0 ? jdbcUrl.substring(slash + 1) : jdbcUrl.substring(slash + 1, query);
        }

        @Override
        public String toString() {
            return "PostgreSQL";
        }
    }
}
