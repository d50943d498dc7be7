package org.openxeco.media;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import org.openxeco.kernel.FieldError;

/**
 * The outcome of one row of an import: its line, what happened, the object's UUID (null
 * when a rejected row named none) and, for a rejected row, each failing column and why.
 */
public record RowResult(int line, RowOutcome outcome, UUID uuid, List<FieldError> errors)
        implements Serializable {

    public RowResult {
        errors = List.copyOf(errors);
    }

    public static RowResult rejected(int line, UUID uuid, List<FieldError> errors) {
        return new RowResult(line, RowOutcome.REJECTED, uuid, errors);
    }
}
