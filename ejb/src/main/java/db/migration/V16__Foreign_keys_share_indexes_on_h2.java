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
import java.util.TreeMap;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2, lets each foreign key use an index its table already has. H2 gives a foreign key
 * an index of its own when none serves it at the moment the key is declared, and keys
 * declared with their column come before the table's primary key: most link tables thus
 * carried a second index on the leading column of their primary key, and keys declared
 * before an explicit index kept a twin of it. Every index costs each write; a key declared
 * again finds the existing index and H2 drops the key's own one with the old key. PostgreSQL
 * never makes such indexes: nothing changes there.
 */
public class V16__Foreign_keys_share_indexes_on_h2 extends BaseJavaMigration {

    private record ForeignKey(String table, String name, String index, List<String> columns,
            String referencedTable, List<String> referencedColumns, String onDelete,
            String onUpdate) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!c.getMetaData().getDatabaseProductName().startsWith("H2")) {
            return;
        }
        String schema = c.getSchema();
        Map<String, Map<String, List<String>>> indexes = indexes(c, schema);
        try (Statement s = c.createStatement()) {
            for (ForeignKey key : foreignKeys(c, schema)) {
                boolean served = indexes.getOrDefault(key.table(), Map.of()).entrySet().stream()
                        .anyMatch(e -> !e.getKey().equals(key.index())
                                && e.getValue().size() >= key.columns().size()
                                && e.getValue().subList(0, key.columns().size())
                                        .equals(key.columns()));
                if (!served) {
                    continue;
                }
                s.execute("ALTER TABLE " + q(key.table()) + " DROP CONSTRAINT "
                        + q(key.name()));
                s.execute("ALTER TABLE " + q(key.table()) + " ADD CONSTRAINT " + q(key.name())
                        + " FOREIGN KEY (" + list(key.columns()) + ") REFERENCES "
                        + q(key.referencedTable()) + " (" + list(key.referencedColumns())
                        + ") ON DELETE " + key.onDelete() + " ON UPDATE " + key.onUpdate());
                indexes = indexes(c, schema);
            }
        }
    }

    /** The columns of each index of each table, in index order. */
    private static Map<String, Map<String, List<String>>> indexes(Connection c, String schema)
            throws SQLException {
        Map<String, Map<String, TreeMap<Integer, String>>> found = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT TABLE_NAME, INDEX_NAME,"
                + " COLUMN_NAME, ORDINAL_POSITION FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                + " WHERE TABLE_SCHEMA = ?")) {
            p.setString(1, schema);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getString(1), t -> new TreeMap<>())
                            .computeIfAbsent(rs.getString(2), i -> new TreeMap<>())
                            .put(rs.getInt(4), rs.getString(3));
                }
            }
        }
        Map<String, Map<String, List<String>>> indexes = new TreeMap<>();
        found.forEach((table, byName) -> {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            byName.forEach((name, cols) -> columns.put(name, List.copyOf(cols.values())));
            indexes.put(table, columns);
        });
        return indexes;
    }

    private static List<ForeignKey> foreignKeys(Connection c, String schema)
            throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT t.TABLE_NAME, t.CONSTRAINT_NAME,"
                + " t.INDEX_NAME, r.UNIQUE_CONSTRAINT_NAME, r.DELETE_RULE, r.UPDATE_RULE"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                + " JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r"
                + " ON r.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
                + " AND r.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
                + " WHERE t.CONSTRAINT_TYPE = 'FOREIGN KEY' AND t.TABLE_SCHEMA = ?"
                + " ORDER BY t.TABLE_NAME, t.CONSTRAINT_NAME")) {
            p.setString(1, schema);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    List<String[]> own = columns(c, schema, rs.getString(2));
                    List<String[]> referenced = columns(c, schema, rs.getString(4));
                    List<String> columns = new ArrayList<>();
                    List<String> referencedColumns = new ArrayList<>();
                    for (String[] column : own) {
                        columns.add(column[1]);
                        // The referenced column at the position this column refers to.
                        referencedColumns.add(referenced.get(Integer.parseInt(column[2]) - 1)[1]);
                    }
                    keys.add(new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3),
                            columns, referenced.get(0)[0], referencedColumns,
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return keys;
    }

    /** Table, column and position in the referenced key of a constraint's columns. */
    private static List<String[]> columns(Connection c, String schema, String constraint)
            throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME,"
                + " COALESCE(POSITION_IN_UNIQUE_CONSTRAINT, ORDINAL_POSITION)"
                + " FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"
                + " WHERE CONSTRAINT_SCHEMA = ? AND CONSTRAINT_NAME = ?"
                + " ORDER BY ORDINAL_POSITION")) {
            p.setString(1, schema);
            p.setString(2, constraint);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2),
                        rs.getString(3)});
                }
            }
        }
        if (columns.isEmpty()) {
            throw new SQLException("No columns found for constraint " + constraint);
        }
        return columns;
    }

    private static String list(List<String> names) {
        return String.join(", ", names.stream().map(V16__Foreign_keys_share_indexes_on_h2::q)
                .toList());
    }

    private static String q(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
