package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openxeco.account.Emails;
import org.openxeco.account.UserNames;

/**
 * Which stored accounts share a user name key or an address key, for migration V13: the
 * unconfirmed ones among them give way, and the confirmed ones that still share a key are
 * clashes only an administrator can settle.
 */
final class AccountKeyClashes {

    /** A stored account as the migration needs it. */
    record Row(long id, String username, String email, boolean unconfirmed) {
    }

    /** The accounts to remove, and one line per key that confirmed accounts share. */
    record Plan(List<Row> removed, List<String> clashes) {
    }

    private AccountKeyClashes() {
    }

    static List<Row> load(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, username, email, awaiting_verification"
                        + " FROM account ORDER BY id")) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getBoolean(4)));
            }
        }
        return rows;
    }

    static Plan plan(List<Row> rows) {
        List<Row> removed = new ArrayList<>();
        List<String> clashes = new ArrayList<>();
        resolve(rows, row -> UserNames.key(row.username()), "user name", removed, clashes);
        resolve(rows, row -> Emails.key(row.email()), "e-mail address", removed, clashes);
        return new Plan(removed, clashes);
    }

    /** The text that stops the migration, naming the clashing accounts. */
    static String refusal(List<String> clashes) {
        return "Migration V13 stopped, nothing was changed: confirmed accounts share a user"
                + " name or e-mail address that now must be unique ignoring case and"
                + " look-alike letters. Give all but one of each another user name or address,"
                + " then start again:\n" + String.join("\n", clashes);
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
}
