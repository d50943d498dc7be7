package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Stops the migrations before they start when migration V13 is still to come and confirmed
 * accounts share a user name or address key. Checked here rather than in V13 itself, since
 * a migration that fails on a database without transactional schema changes (H2) is
 * recorded as failed and needs repairing; stopped here, nothing is recorded, and the node
 * starts once an administrator has settled the clashes.
 */
public class AccountKeysCheck extends BaseCallback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection c = context.getConnection();
            if (!keysToCome(c)) {
                return;
            }
            List<String> clashes = AccountKeyClashes.plan(AccountKeyClashes.load(c)).clashes();
            if (!clashes.isEmpty()) {
                throw new FlywayException(AccountKeyClashes.refusal(clashes));
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not check the accounts before migration V13", e);
        }
    }

    /** Whether the account table exists without the user name key V13 adds. */
    private static boolean keysToCome(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        boolean table = false;
        boolean key = false;
        for (String name : new String[] {"account", "ACCOUNT"}) {
            try (ResultSet columns = meta.getColumns(null, c.getSchema(), name, null)) {
                while (columns.next()) {
                    table = true;
                    key |= "username_key".equalsIgnoreCase(columns.getString("COLUMN_NAME"));
                }
            }
        }
        return table && !key;
    }
}
