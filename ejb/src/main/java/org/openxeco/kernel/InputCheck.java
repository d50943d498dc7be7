package org.openxeco.kernel;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
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

    /**
     * The field a violation is on, as the API names fields: properties joined by dots, with
     * the index or key of a list or map element in brackets ({@code websites[0]},
     * {@code addresses[1].city}); Bean Validation's names of container elements (such as
     * {@code <list element>}) are left out.
     */
    public static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(at == null ? "" : at).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null
                    && node.getKind() != ElementKind.BEAN) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    /** Validates an object and throws with every failing field if anything fails. */
    public static void validate(Validator validator, Object object) {
        Set<ConstraintViolation<Object>> violations = validator.validate(object);
        if (violations.isEmpty()) {
            return;
        }
        Optional<Locale> locale = RequestLocale.current();
        List<FieldError> errors = violations.stream()
                .map(v -> new FieldError(field(v.getPropertyPath()),
                        locale.map(l -> message(v, l)).orElse(v.getMessage())))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        throw new InvalidInputException(errors);
    }
}
