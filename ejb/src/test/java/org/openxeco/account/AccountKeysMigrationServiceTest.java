package org.openxeco.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openxeco.testing.TestDatabase;

/**
 * Migration V13 on accounts stored by an older node: keys for every account, unconfirmed
 * accounts that clash removed, and confirmed clashes stopping it before it changes anything.
 * On H2, and on PostgreSQL in the second run.
 */
class AccountKeysMigrationServiceTest {

    private final TestDatabase database = TestDatabase.valueOf(System.getProperty(
            "openxeco.test.db", "h2").toUpperCase(Locale.ROOT));
    private final String url = database.createAt("12");

    @AfterEach
    void drop() {
        database.drop(url);
    }

    @Test
    void storedAccountsGetTheirKeysAndUnconfirmedClashesGiveWay() throws SQLException {
        try (Connection c = database.connect(url)) {
            insert(c, 1, "Admin", "admin@example.org", false);
            insert(c, 2, "admin", "someone@example.org", true);
            insert(c, 3, "bob", "Bob@Example.org", false);
            insert(c, 4, "carl", "bob@example.org", true);
            insert(c, 5, "dora", "dora@example.org", true);
            insert(c, 6, "DORA", "dora2@example.org", true);
            execute(c, "INSERT INTO account_token (id, account_id, purpose, token_hash,"
                    + " created, expires, state) VALUES (10, 2, 'VERIFY_EMAIL', 'h2', "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OPEN')");
        }

        database.migrate(url, null);

        try (Connection c = database.connect(url)) {
            assertEquals(List.of("1 admin admin@example.org", "3 bob bob@example.org",
                    "6 dora dora2@example.org"), rows(c, "SELECT id, username_key, email_key"
                    + " FROM account ORDER BY id"));
            assertEquals(List.of("REPLACED"), rows(c, "SELECT reason FROM retired_token"
                    + " WHERE token_hash = 'h2'"));
        }
    }

    @Test
    void confirmedClashesStopTheMigrationUntilAnAdministratorDecides() throws SQLException {
        try (Connection c = database.connect(url)) {
            insert(c, 1, "Admin", "a@example.org", false);
            insert(c, 2, "admin", "b@example.org", false);
            insert(c, 3, "eve", "Same@example.org", false);
            insert(c, 4, "mallory", "same@example.org", false);
        }

        FlywayException stopped = assertThrows(FlywayException.class,
                () -> database.migrate(url, null));

        String said = String.valueOf(stopped.getMessage()) + stopped.getCause();
        assertTrue(said.contains("account id 1 (Admin) account id 2 (admin)"), said);
        assertTrue(said.contains("account id 3 (eve) account id 4 (mallory)"), said);
        try (Connection c = database.connect(url)) {
            assertEquals(List.of("1", "2", "3", "4"), rows(c, "SELECT id FROM account"
                    + " ORDER BY id"));
            assertThrows(SQLException.class, () -> rows(c, "SELECT username_key FROM account"));

            // What the README tells an administrator to do, then start again.
            execute(c, "UPDATE account SET username = 'admin-2' WHERE id = 2");
            execute(c, "UPDATE account SET email = NULL WHERE id = 4");
        }
        database.migrate(url, null);
        try (Connection c = database.connect(url)) {
            assertEquals(List.of("admin", "admin-2", "eve", "mallory"), rows(c,
                    "SELECT username_key FROM account ORDER BY id"));
        }
    }

    private static void insert(Connection c, long id, String username, String email,
            boolean unconfirmed) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO account (id, uuid, version,"
                + " created, updated, username, password_hash, active, email,"
                + " awaiting_verification) VALUES (?, ?, 1, ?, ?, ?, 'x', TRUE, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, UUID.randomUUID().toString());
            s.setObject(3, OffsetDateTime.now());
            s.setObject(4, OffsetDateTime.now());
            s.setString(5, username);
            s.setString(6, email);
            s.setBoolean(7, unconfirmed);
            s.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
