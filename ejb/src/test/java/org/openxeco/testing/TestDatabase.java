package org.openxeco.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import db.migration.AccountKeysCheck;

import org.flywaydb.core.Flyway;

/**
 * A real database for service tests: a fresh in-memory H2 database, or a fresh schema in
 * the PostgreSQL server given by {@code openxeco.test.pg.url} (default: the local server's
 * database {@code test}). The production migrations create the schema in both.
 */
public enum TestDatabase {
    H2,
    POSTGRESQL;

    private static final String PG_URL = System.getProperty("openxeco.test.pg.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = System.getProperty("openxeco.test.pg.user", "postgres");

    /** Creates an empty, migrated database and an entity manager factory on it. */
    public EntityManagerFactory create() {
        return open(createAt(null));
    }

    /**
     * Creates an empty database migrated up to the given version (all when null) and
     * returns its JDBC URL, so a test can store rows as an older node would have.
     */
    public String createAt(String version) {
        String url;
        if (this == H2) {
            url = "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "")
                    + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        } else {
            String schema = "unit_" + UUID.randomUUID().toString().replace("-", "")
                    .substring(0, 12);
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + PG_URL + " is needed for"
                        + " these tests (start it, or set openxeco.test.pg.url)", e);
            }
            url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        migrate(url, version);
        return url;
    }

    /** Runs the migrations up to the given version (all when null). */
    public void migrate(String url, String version) {
        var flyway = Flyway.configure().dataSource(url, user(), "")
                .locations("classpath:db/migration").callbacks(new AccountKeysCheck());
        if (version != null) {
            flyway.target(version);
        }
        flyway.load().migrate();
    }

    /** A connection to a database made by {@link #createAt}. */
    public Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), "");
    }

    /** An entity manager factory on a database made by {@link #createAt}. */
    public EntityManagerFactory open(String url) {
        return Persistence.createEntityManagerFactory("openxeco-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user(),
                "jakarta.persistence.jdbc.password", ""));
    }

    private String user() {
        return this == H2 ? "sa" : PG_USER;
    }

    /** Drops what {@link #create()} made on PostgreSQL; H2 memory databases vanish alone. */
    public void dispose(EntityManagerFactory factory) {
        String url = (String) factory.getProperties().get("jakarta.persistence.jdbc.url");
        factory.close();
        drop(url);
    }

    /** Drops what {@link #createAt} made on PostgreSQL; H2 memory databases vanish alone. */
    public void drop(String url) {
        if (this == POSTGRESQL && url != null && url.contains("currentSchema=unit_")) {
            String schema = url.substring(url.indexOf("currentSchema=") + 14);
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "");
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
