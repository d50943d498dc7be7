package org.openxeco.kernel;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Runs Bean Validation and turns violations into one {@link InvalidInputException}. */
public final class InputCheck {

    private InputCheck() {
    }

    /** Validates an object and throws with every failing field if anything fails. */
    public static void validate(Validator validator, Object object) {
        Set<ConstraintViolation<Object>> violations = validator.validate(object);
        if (violations.isEmpty()) {
            return;
        }
        List<FieldError> errors = violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        throw new InvalidInputException(errors);
    }
}
