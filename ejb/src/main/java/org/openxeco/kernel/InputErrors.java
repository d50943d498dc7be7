package org.openxeco.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The field errors of several checks of one input, kept so that one refusal names them all
 * instead of the first failing check only. An error on a field already named (or on a part
 * of it, such as {@code tags[1].id} and {@code tags[1]}) is left out.
 */
public final class InputErrors {

    private final List<FieldError> errors = new ArrayList<>();

    /** Runs a check, keeping the field errors it is refused with. */
    public void run(Runnable check) {
        get(() -> {
            check.run();
            return null;
        });
    }

    /** Runs a check and gives what it answers, or null if it is refused (errors kept). */
    public <T> T get(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            addAll(e.errors());
            return null;
        }
    }

    /** Keeps an error, unless its field is named already. */
    public void add(FieldError error) {
        addAll(List.of(error));
    }

    /** Keeps errors, but none on a field an earlier error names (or on a part of it). */
    public void addAll(List<FieldError> more) {
        for (FieldError error : more) {
            if (errors.stream().noneMatch(e -> overlap(e.field(), error.field()))) {
                errors.add(error);
            }
        }
    }

    private static boolean overlap(String one, String other) {
        return one.equals(other) || one.startsWith(other + ".") || other.startsWith(one + ".");
    }

    /** The errors kept so far. */
    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** Throws an {@link InvalidInputException} with every error kept, if there is one. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
