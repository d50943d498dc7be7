package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.openxeco.directory.SearchText;

/**
 * Adds the folded search text of entities and fills it for the entities already stored,
 * with the same folding as new and changed entities get from then on.
 */
public class V10__Organisation_search_text extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE organisation ADD COLUMN search_text VARCHAR("
                    + SearchText.MAX + ")");
        }
        Map<Long, List<String>> places = collect(c, "SELECT organisation_id, city, region,"
                + " postal_code, country_code FROM organisation_address", true);
        Map<Long, List<String>> others = collect(c, "SELECT organisation_id, url, NULL, NULL,"
                + " NULL FROM organisation_website UNION ALL SELECT organisation_id, id_value,"
                + " NULL, NULL, NULL FROM organisation_identifier", false);
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT id, name, legal_name, description"
                        + " FROM organisation");
                PreparedStatement update = c.prepareStatement(
                        "UPDATE organisation SET search_text = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                long id = rows.getLong(1);
                update.setString(1, SearchText.compose(rows.getString(2), rows.getString(3),
                        rows.getString(4), places.getOrDefault(id, List.of()),
                        others.getOrDefault(id, List.of())));
                update.setLong(2, id);
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    private static Map<Long, List<String>> collect(Connection c, String sql, boolean country)
            throws SQLException {
        Map<Long, List<String>> parts = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                List<String> list = parts.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>());
                for (int i = 2; i <= 5; i++) {
                    if (rows.getString(i) != null) {
                        list.add(rows.getString(i));
                    }
                }
                if (country) {
                    list.addAll(SearchText.countryNames(rows.getString(5)));
                }
            }
        }
        return parts;
    }
}
