package org.openxeco.web.admin.dashboard;

import java.io.Serializable;
import java.util.List;

/**
 * One chart of the dashboard with the same numbers as a table: the Chart.js configuration,
 * the heading of the first column (what each row is), the column names and the rows.
 */
public record ChartView(String id, String title, String json, String heading,
        List<String> columns, List<Row> rows) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ChartView {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One row of the table: a stable key (for scripts and tests), its label, its numbers. */
    public record Row(String key, String label, List<Long> counts) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Row {
            counts = List.copyOf(counts);
        }
    }

    /** Whether there is anything to draw. */
    public boolean hasRows() {
        return !rows.isEmpty();
    }
}
