package org.openxeco.kernel;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;

/** Runs Bean Validation and turns violations into one {@link InvalidInputException}. */
public final class InputCheck {

    private static volatile MessageInterpolator interpolator;

    /**
     * Every property reachable: for objects built in memory (read from a request or a peer,
     * never persisted), whose properties are all there to check.
     */
    private static final TraversableResolver IN_MEMORY = new TraversableResolver() {
        @Override
        public boolean isReachable(Object object, Path.Node property, Class<?> rootType,
                Path path, java.lang.annotation.ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object object, Path.Node property, Class<?> rootType,
                Path path, java.lang.annotation.ElementType type) {
            return true;
        }
    };

    private InputCheck() {
    }

    /**
     * A validator for objects built in memory. The default one asks the persistence
     * provider, for each property of each object, whether it is loaded (so as not to load
     * lazy relations of managed entities): a third of the work of validating an object read
     * from a peer. Not for managed entities with lazy relations.
     */
    public static Validator forObjectsInMemory(ValidatorFactory factory) {
        return factory.usingContext().traversableResolver(IN_MEMORY).getValidator();
    }

    /** The violation's message in the given language. */
    private static String message(ConstraintViolation<?> violation, Locale locale) {
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("Cannot unwrap " + type);
            }
        };
        try {
            return interpolator().interpolate(violation.getMessageTemplate(), context, locale);
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }

    private static MessageInterpolator interpolator() {
        MessageInterpolator found = interpolator;
        if (found == null) {
            found = Validation.buildDefaultValidatorFactory().getMessageInterpolator();
            interpolator = found;
        }
        return found;
    }

    /** Validates an object and throws with every failing field if anything fails. */
    public static void validate(Validator validator, Object object) {
        Set<ConstraintViolation<Object>> violations = validator.validate(object);
        if (violations.isEmpty()) {
            return;
        }
        Optional<Locale> locale = RequestLocale.current();
        List<FieldError> errors = violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(),
                        locale.map(l -> message(v, l)).orElse(v.getMessage())))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        throw new InvalidInputException(errors);
    }
}
