package org.openxeco.media;

import java.io.Serializable;
import java.util.List;

/**
 * The report of a CSV import: the mode, whether the changes were applied (false when an
 * all-or-nothing import was refused), and one result per row in file order. A refused
 * import changed nothing: its report holds only the rejected rows, none said created or
 * updated.
 */
public record CsvReport(ImportMode mode, boolean applied, List<RowResult> rows)
        implements Serializable {

    public CsvReport {
        rows = applied ? List.copyOf(rows)
                : rows.stream().filter(r -> r.outcome() == RowOutcome.REJECTED).toList();
    }

    /** How many rows had this outcome. */
    public long count(RowOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** The rejected rows, in file order. */
    public List<RowResult> rejected() {
        return rows.stream().filter(r -> r.outcome() == RowOutcome.REJECTED).toList();
    }
}
