package org.openxeco.kernel;

import java.util.List;

/** The input breaks one or more rules; each failing field is listed. */
public class InvalidInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("The input is not valid: " + errors.size() + " field(s) failed");
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
}
