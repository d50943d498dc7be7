package org.openxeco.kernel;

import java.util.List;
import java.util.stream.Collectors;

/** The input breaks one or more rules; each failing field is listed. */
public class InvalidInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    /** At most this many failing fields are named in the message; {@link #errors()} has all. */
    private static final int NAMED = 5;

    public InvalidInputException(List<FieldError> errors) {
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    @Override
    public String kind() {
        return "invalid-input";
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * Names the failing fields and why, so that a message read alone (in a sync log, an
     * import report, a server log) says what to fix.
     */
    private static String message(List<FieldError> errors) {
        String named = errors.stream().limit(NAMED)
                .map(e -> e.field() == null || e.field().isEmpty() ? e.message()
                        : e.field() + ": " + e.message())
                .collect(Collectors.joining("; "));
        return "The input is not valid: " + named + (errors.size() > NAMED ? "; and "
                + (errors.size() - NAMED) + " more" : "");
    }
}
