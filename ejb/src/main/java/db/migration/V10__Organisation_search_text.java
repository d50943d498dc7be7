package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the folded search text of entities and fills it for the entities already stored.
 * The folding is a frozen copy of what {@code org.openxeco.directory.SearchText} did when
 * this migration was written, so that this migration does the same on every database
 * whatever the application code becomes. Should the application's folding change, this
 * class stays as it is and a new migration fills the column again for the stored rows.
 */
public class V10__Organisation_search_text extends BaseJavaMigration {

    private static final int BATCH = 500;
    private static final int MAX = 120_000;
    private static final List<Locale> COUNTRY_LANGUAGES = List.of(Locale.ENGLISH,
            Locale.FRENCH, Locale.GERMAN);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE organisation ADD COLUMN search_text VARCHAR("
                    + MAX + ")");
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
                update.setString(1, compose(rows.getString(2), rows.getString(3),
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
                    list.addAll(countryNames(rows.getString(5)));
                }
            }
        }
        return parts;
    }

    private static String compose(String name, String legalName, String description,
            List<String> places, List<String> others) {
        String text = Stream.concat(Stream.of(name, legalName, plain(description)),
                Stream.concat(places.stream(), others.stream()))
                .filter(Objects::nonNull).collect(Collectors.joining(" | "));
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        return folded.length() > MAX ? folded.substring(0, MAX) : folded;
    }

    private static List<String> countryNames(String code) {
        if (code == null || code.isBlank()) {
            return List.of();
        }
        Locale country = new Locale.Builder().setRegion(code).build();
        return COUNTRY_LANGUAGES.stream().map(country::getDisplayCountry)
                .filter(n -> !n.equalsIgnoreCase(code)).distinct().toList();
    }

    private static String plain(String html) {
        if (html == null) {
            return null;
        }
        return html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
