package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * still share one, the migration stops before changing anything and names them, so that an
 * administrator decides which keeps the name or address (see the README).
 * Also adds the record of links whose account was replaced, and the lock row of the mail
 * limits.
 */
public class V13__Account_keys extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V13__Account_keys.class.getName());

    /** A stored account as the migration needs it. */
    private record Row(long id, String username, String email, boolean unconfirmed) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        List<Row> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, username, email, awaiting_verification"
                        + " FROM account ORDER BY id")) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getBoolean(4)));
            }
        }
        List<Row> removed = new ArrayList<>();
        List<String> clashes = new ArrayList<>();
        resolve(rows, row -> UserNames.key(row.username()), "user name", removed, clashes);
        resolve(rows, row -> Emails.key(row.email()), "e-mail address", removed, clashes);
        if (!clashes.isEmpty()) {
            throw new SQLException("Migration V13 stopped, nothing was changed: confirmed"
                    + " accounts share a user name or e-mail address that now must be unique"
                    + " ignoring case and look-alike letters. Give all but one of each another"
                    + " user name or address, then start again:\n" + String.join("\n", clashes));
        }

        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE retired_token (token_hash VARCHAR(64) PRIMARY KEY,"
                    + " purpose VARCHAR(20) NOT NULL, reason VARCHAR(12) NOT NULL,"
                    + " expires TIMESTAMP WITH TIME ZONE NOT NULL)");
            s.execute("CREATE INDEX retired_token_expires ON retired_token (expires)");
            s.execute("CREATE TABLE mail_limit_lock (id INTEGER PRIMARY KEY)");
            s.execute("INSERT INTO mail_limit_lock (id) VALUES (1)");
        }
        remove(c, removed);
        addKeys(c, rows);
    }

    /**
     * Among rows sharing a key, marks the unconfirmed ones for removal (all but the newest
     * when none is confirmed) and reports the confirmed ones that still clash.
     */
    private static void resolve(List<Row> rows, Function<Row, String> key, String what,
            List<Row> removed, List<String> clashes) {
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        for (Row row : rows) {
            String k = key.apply(row);
            if (k != null && !removed.contains(row)) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
            }
        }
        for (List<Row> group : byKey.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<Row> confirmed = group.stream().filter(r -> !r.unconfirmed()).toList();
            List<Row> unconfirmed = group.stream().filter(Row::unconfirmed).toList();
            removed.addAll(confirmed.isEmpty()
                    ? unconfirmed.subList(0, unconfirmed.size() - 1) : unconfirmed);
            if (confirmed.size() > 1) {
                StringBuilder line = new StringBuilder("  same " + what + ":");
                confirmed.forEach(r -> line.append(" account id ").append(r.id()).append(" (")
                        .append(r.username()).append(')'));
                clashes.add(line.toString());
            }
        }
    }

    private static void remove(Connection c, List<Row> removed) throws SQLException {
        try (PreparedStatement retire = c.prepareStatement("INSERT INTO retired_token"
                + " (token_hash, purpose, reason, expires) SELECT token_hash, purpose,"
                + " 'REPLACED', expires FROM account_token WHERE account_id = ?");
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM account WHERE id = ?")) {
            for (Row row : removed) {
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

    private static void addKeys(Connection c, List<Row> rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE account ADD COLUMN username_key VARCHAR("
                    + UserNames.MAX_KEY_LENGTH + ")");
            s.execute("ALTER TABLE account ADD COLUMN email_key VARCHAR(254)");
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE account SET username_key = ?, email_key = ? WHERE id = ?")) {
            for (Row row : rows) {
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
