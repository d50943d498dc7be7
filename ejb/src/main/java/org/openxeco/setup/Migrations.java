package org.openxeco.setup;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import db.migration.AccountKeysCheck;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the schema with the versioned migrations under {@code db/migration}
 * before anything else touches the database. The same scripts run on H2 and PostgreSQL.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    private volatile String schemaVersion = "";

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .callbacks(new AccountKeysCheck())
                .load()
                .migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : String.valueOf(result.initialSchemaVersion);
        LOG.info(() -> "Database schema at version " + schemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
    }

    /** The schema version after start-up migrations. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
