package org.openxeco.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.testing.Services;

/**
 * The migrated schema holds no index that another index of its table already serves: every
 * index costs each insert and update, and one whose columns lead another, non-unique, only
 * costs. H2 makes an index of its own for a foreign key declared before the index that
 * could serve it, which is the usual way such twins appear. H2 shares an index with a
 * foreign key only when their columns are the same: on H2 a key's index on the leading
 * columns of a longer index (a primary key of a link table, say) cannot be avoided and is
 * allowed; twins are not.
 */
class SchemaIndexesServiceTest {

    private Services services;

    @BeforeEach
    void start() {
        services = new Services();
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private record Index(String name, boolean unique, List<String> columns) {
    }

    @Test
    void noIndexRepeatsTheLeadingColumnsOfAnother() throws SQLException {
        Map<String, Object> properties = services.entityManager().getEntityManagerFactory()
                .getProperties();
        List<String> redundant = new ArrayList<>();
        int tables = 0;
        try (Connection c = DriverManager.getConnection(
                (String) properties.get("jakarta.persistence.jdbc.url"),
                (String) properties.get("jakarta.persistence.jdbc.user"), "")) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            boolean h2 = meta.getDatabaseProductName().startsWith("H2");
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : names) {
                tables++;
                List<Index> indexes = indexes(meta, schema, table);
                for (Index index : indexes) {
                    for (Index other : indexes) {
                        if (other != index && !index.unique() && servedBy(index, other, h2)) {
                            redundant.add(table + "." + index.name() + " " + index.columns()
                                    + " (served by " + other.name() + " " + other.columns()
                                    + ")");
                        }
                    }
                }
            }
        }
        assertFalse(tables < 20, "the schema's tables were read: " + tables);
        assertEquals(List.of(), redundant);
    }

    /** Whether the other index makes this non-unique one useless. */
    private static boolean servedBy(Index index, Index other, boolean h2) {
        int size = index.columns().size();
        if (other.columns().size() < size
                || !other.columns().subList(0, size).equals(index.columns())) {
            return false;
        }
        if (other.columns().size() > size) {
            return !(h2 && index.name().startsWith("CONSTRAINT_"));
        }
        // Twins: the unique one serves, or else one of them is reported.
        return other.unique() || other.name().compareTo(index.name()) < 0;
    }

    private static List<Index> indexes(DatabaseMetaData meta, String schema, String table)
            throws SQLException {
        Map<String, TreeMap<Short, String>> columns = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getString("COLUMN_NAME") == null) {
                    continue;
                }
                columns.computeIfAbsent(name, n -> new TreeMap<>())
                        .put(rs.getShort("ORDINAL_POSITION"),
                                rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        List<Index> indexes = new ArrayList<>();
        columns.forEach((name, cols) -> indexes.add(new Index(name, unique.get(name),
                List.copyOf(cols.values()))));
        return indexes;
    }
}
