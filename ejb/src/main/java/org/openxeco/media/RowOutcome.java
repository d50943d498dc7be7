package org.openxeco.media;

/** What an import did with one row. */
public enum RowOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    REJECTED;

    /** Whether the row changes the database when applied. */
    public boolean changes() {
        return this == CREATED || this == UPDATED;
    }
}
