package org.openxeco.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V10 on a database that already holds entities: their search text is filled
 * from the stored names, description, addresses and identifiers, as the application folds
 * such texts (a later folding raises SearchText.VERSION, and the node makes the texts again).
 */
class SearchTextMigrationServiceTest {

    @Test
    void entitiesStoredBeforeTheMigrationGetTheirSearchText() throws SQLException {
        boolean postgres = "postgresql".equals(System.getProperty("openxeco.test.db", "h2"));
        String pg = System.getProperty("openxeco.test.pg.url",
                "jdbc:postgresql://127.0.0.1:5432/test");
        String schema = "unit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = postgres ? pg + "?currentSchema=" + schema
                : "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
        String user = postgres ? "postgres" : "sa";
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            if (postgres) {
                c.createStatement().execute("CREATE SCHEMA " + schema);
            }
            Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration")
                    .target("7").load().migrate();
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO organisation (id, uuid, version, created, updated,"
                        + " change_seq, name, sort_key, legal_name, kind, status, description)"
                        + " VALUES (1, '" + UUID.randomUUID() + "', 1, CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP, 1, 'Hôtel Élysée', 'hotel elysee', NULL,"
                        + " 'COMPANY', 'ACTIVE', '<p>Près de la <b>gare</b></p>')");
                s.execute("INSERT INTO organisation_address (organisation_id, position, city,"
                        + " country_code) VALUES (1, 0, 'Zürich', 'CH')");
                s.execute("INSERT INTO organisation_identifier (organisation_id, position,"
                        + " scheme, id_value) VALUES (1, 0, 'VAT', 'CHE-123')");
            }

            Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration")
                    .load().migrate();

            try (Statement s = c.createStatement();
                    ResultSet row = s.executeQuery("SELECT search_text FROM organisation")) {
                assertTrue(row.next());
                String text = row.getString(1);
                for (String part : new String[] {"hotel elysee", "pres de la gare", "zurich",
                        "switzerland", "suisse", "schweiz", "che-123"}) {
                    assertTrue(text.contains(part), part + " in " + text);
                }
                assertEquals(-1, text.indexOf('<'), text);
                List<String> places = new ArrayList<>(List.of("Zürich", "CH"));
                places.addAll(SearchText.countryNames("CH"));
                assertEquals(SearchText.compose("Hôtel Élysée", null,
                        "<p>Près de la <b>gare</b></p>", places, List.of("CHE-123")), text,
                        "stored search texts differ from what the application makes of them:"
                        + " a change of SearchText needs a migration that fills them again");
            } finally {
                if (postgres) {
                    c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }
}
