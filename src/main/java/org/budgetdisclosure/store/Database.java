package org.budgetdisclosure.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The portal's database: a pooled connection to embedded H2 (a file under the data directory) or to
 * PostgreSQL, migrated by Flyway with the same SQL for both, and the repositories over it.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final String product;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.product = jdbi.withHandle(h -> {
            try {
                return h.getConnection().getMetaData().getDatabaseProductName();
            } catch (java.sql.SQLException e) {
                throw new StoreException("无法读取数据库信息：" + e.getMessage(), e);
            }
        });
    }

    /** Where the database is and how to log in. */
    public record Config(String url, String user, String password) {

        /** The embedded database: one H2 file under {@code dataDir}, PostgreSQL-compatible mode. */
        public static Config embedded(Path dataDir) {
            String file = dataDir.toAbsolutePath().resolve("portal").toString().replace('\\', '/');
            return new Config("jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "sa", "");
        }

        /** A private in-memory H2 database (tests). */
        public static Config inMemory(String name) {
            return new Config("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "sa", "");
        }

        public boolean isPostgres() {
            return url.startsWith("jdbc:postgresql:");
        }

        @Override
        public String toString() {
            return url; // never the password
        }
    }

    /** Connects and brings the schema up to date. */
    public static Database open(Config config) {
        if (!config.url().startsWith("jdbc:h2:") && !config.isPostgres()) {
            throw new StoreException("不支持的数据库地址：" + config.url() + "（应以 jdbc:postgresql: 或 jdbc:h2: 开头）");
        }
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.url());
        hc.setUsername(config.user());
        hc.setPassword(config.password());
        hc.setMaximumPoolSize(Integer.getInteger("bd.db.pool", 16));
        hc.setPoolName("bd");
        // fail fast with our own message rather than Hikari's 30 s wait on a wrong address
        hc.setConnectionTimeout(10_000);
        hc.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new StoreException("无法连接数据库 " + config.url() + "：" + rootMessage(e), e);
        }
        try {
            migrate(pool);
            return new Database(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e instanceof StoreException se ? se : new StoreException("数据库迁移失败：" + rootMessage(e), e);
        }
    }

    private static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** "H2" or "PostgreSQL". */
    public String product() {
        return product;
    }

    public Departments departments() {
        return new Departments(jdbi);
    }

    public Users users() {
        return new Users(jdbi);
    }

    public Disclosures disclosures() {
        return new Disclosures(jdbi);
    }

    public AuditLog audit() {
        return new AuditLog(jdbi);
    }

    public Settings settings() {
        return new Settings(jdbi);
    }

    public CatalogFiles catalogFiles() {
        return new CatalogFiles(jdbi);
    }

    @Override
    public void close() {
        pool.close();
    }
}
