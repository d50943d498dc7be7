package org.openxeco.media;

import jakarta.ejb.ApplicationException;

/**
 * Ends the transaction of a row (or of a whole file) without keeping its changes, carrying
 * the result to report: a trial run, an unchanged row or one found in conflict.
 */
@ApplicationException(rollback = true)
public class RowRolledBack extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient RowResult result;

    public RowRolledBack(RowResult result) {
        super(null, null, false, false);
        this.result = result;
    }

    public RowResult result() {
        return result;
    }
}
