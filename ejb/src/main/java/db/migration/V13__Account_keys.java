package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.openxeco.account.Emails;
import org.openxeco.account.UserNames;

/**
 * Makes user names and e-mail addresses unique as people read them: each account gets the
 * key of its user name (NFKC, case-folded, look-alike letters read as Latin) and of its
 * address (lower-case), each under a unique index. Where stored accounts share a key, those
 * that never confirmed their address are removed first, as a newer sign-up would remove
 * them (the newest stays when no confirmed account shares the key). If confirmed accounts
 * still share one, {@link AccountKeysCheck} stops the migration before it starts and names
 * them, so that an administrator decides which keeps the name or address (see the README).
 * Also adds the record of links whose account was replaced, and the lock row of the mail
 * limits.
 */
public class V13__Account_keys extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V13__Account_keys.class.getName());

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        List<AccountKeyClashes.Row> rows = AccountKeyClashes.load(c);
        AccountKeyClashes.Plan plan = AccountKeyClashes.plan(rows);
        if (!plan.clashes().isEmpty()) {
            // Normally stopped before by AccountKeysCheck, before Flyway starts this version.
            throw new SQLException(AccountKeyClashes.refusal(plan.clashes()));
        }

        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE retired_token (token_hash VARCHAR(64) PRIMARY KEY,"
                    + " purpose VARCHAR(20) NOT NULL, reason VARCHAR(12) NOT NULL,"
                    + " expires TIMESTAMP WITH TIME ZONE NOT NULL)");
            s.execute("CREATE INDEX retired_token_expires ON retired_token (expires)");
            s.execute("CREATE TABLE mail_limit_lock (id INTEGER PRIMARY KEY)");
            s.execute("INSERT INTO mail_limit_lock (id) VALUES (1)");
        }
        remove(c, plan.removed());
        addKeys(c, rows);
    }

    private static void remove(Connection c, List<AccountKeyClashes.Row> removed) throws SQLException {
        try (PreparedStatement retire = c.prepareStatement("INSERT INTO retired_token"
                + " (token_hash, purpose, reason, expires) SELECT token_hash, purpose,"
                + " 'REPLACED', expires FROM account_token WHERE account_id = ?");
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM account WHERE id = ?")) {
            for (AccountKeyClashes.Row row : removed) {
                retire.setLong(1, row.id());
                retire.executeUpdate();
                delete.setLong(1, row.id());
                delete.executeUpdate();
            }
        }
        if (!removed.isEmpty()) {
            LOG.warning(() -> "Migration V13 removed " + removed.size() + " accounts whose"
                    + " address was never confirmed and whose user name or address another"
                    + " account holds");
        }
    }

    private static void addKeys(Connection c, List<AccountKeyClashes.Row> rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE account ADD COLUMN username_key VARCHAR("
                    + UserNames.MAX_KEY_LENGTH + ")");
            s.execute("ALTER TABLE account ADD COLUMN email_key VARCHAR(254)");
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE account SET username_key = ?, email_key = ? WHERE id = ?")) {
            for (AccountKeyClashes.Row row : rows) {
                update.setString(1, UserNames.key(row.username()));
                update.setString(2, Emails.key(row.email()));
                update.setLong(3, row.id());
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE account ALTER COLUMN username_key SET NOT NULL");
            s.execute("CREATE UNIQUE INDEX account_username_key_unique"
                    + " ON account (username_key)");
            s.execute("CREATE UNIQUE INDEX account_email_key_unique ON account (email_key)");
            s.execute("DROP INDEX account_email");
        }
    }
}
