package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lets an entity's website rows be rewritten in any order. When a list of websites is
 * replaced, the persistence provider may write the new address at a position before it
 * removes the old address there; a primary key on (entity, position) refused that. The rows
 * keep an index on the same columns. The SQL differs between the two databases, hence Java.
 */
public class V12__Website_rows_keyed_by_owner extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
        try (Statement s = c.createStatement()) {
            s.execute(postgres
                    ? "ALTER TABLE organisation_website DROP CONSTRAINT organisation_website_pkey"
                    : "ALTER TABLE organisation_website DROP PRIMARY KEY");
            s.execute("CREATE INDEX organisation_website_owner"
                    + " ON organisation_website (organisation_id, position)");
        }
    }
}
