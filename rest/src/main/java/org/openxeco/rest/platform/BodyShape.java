package org.openxeco.rest.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.openxeco.kernel.ControlChars;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.Problems;

/**
 * Checks a JSON value against the Java type it is bound to, field by field, and names every
 * field that is unknown or holds a value of the wrong kind (a number for a text, a text for a
 * list, a fraction for a whole number, a text holding control characters…), with its path:
 * {@code addresses[1].country}.
 */
final class BodyShape {

    private BodyShape() {
    }

    /** Whether the type is a body bound field by field: one of ours with public fields. */
    static boolean isBound(Class<?> type) {
        return type.getName().startsWith("org.openxeco.") && !type.isRecord()
                && !type.isInterface() && !fields(type).isEmpty();
    }

    /** Adds to {@code errors} what does not fit the type; {@code view} may be null. */
    static void check(JsonValue value, Type type, Type view, String path,
            List<FieldError> errors) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (JsonValue.class.isAssignableFrom(raw) || raw == Object.class) {
            return;
        }
        if (raw == String.class || raw.isEnum() || raw == UUID.class
                || Temporal.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonString text)) {
                errors.add(Problems.field(named(path), "json.text"));
            } else if (ControlChars.in(text.getString())) {
                errors.add(Problems.field(named(path), "json.controlChars"));
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE
                    && value.getValueType() != JsonValue.ValueType.FALSE) {
                errors.add(Problems.field(named(path), "json.trueOrFalse"));
            }
        } else if (isWhole(raw)) {
            if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
                errors.add(Problems.field(named(path), "json.wholeNumber"));
            }
        } else if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            if (!(value instanceof JsonNumber)) {
                errors.add(Problems.field(named(path), "json.number"));
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonArray array)) {
                errors.add(Problems.field(named(path), "json.list"));
            } else {
                for (int i = 0; i < array.size(); i++) {
                    check(array.get(i), argument(type, 0), argument(view, 0),
                            path + "[" + i + "]", errors);
                }
            }
        } else if (Map.class.isAssignableFrom(raw) || isBound(raw)) {
            if (!(value instanceof JsonObject object)) {
                errors.add(Problems.field(named(path), "json.object"));
            } else if (isBound(raw)) {
                fields(object, raw, view, path, errors);
            } else {
                object.forEach((key, item) -> check(item, argument(type, 1), null,
                        join(path, key), errors));
            }
        }
    }

    private static void fields(JsonObject object, Class<?> type, Type view, String path,
            List<FieldError> errors) {
        Class<?> answered = view != null ? raw(view) : Optional.ofNullable(type
                .getAnnotation(AnsweredAs.class)).<Class<?>>map(AnsweredAs::value).orElse(null);
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String name = join(path, entry.getKey());
            Optional<Field> field = fields(type).stream()
                    .filter(f -> f.getName().equals(entry.getKey())).findFirst();
            Optional<RecordComponent> shown = component(answered, entry.getKey());
            if (field.isPresent()) {
                check(entry.getValue(), field.get().getGenericType(),
                        shown.map(RecordComponent::getGenericType).orElse(null), name, errors);
            } else if (shown.isEmpty()) {
                errors.add(Problems.field(name, "json.unknownField"));
            }
        }
    }

    /** The body itself is named "body"; a field by its path. */
    private static String named(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static boolean isWhole(Class<?> type) {
        return type == Long.class || type == long.class || type == Integer.class
                || type == int.class || type == Short.class || type == short.class;
    }

    private static List<Field> fields(Class<?> type) {
        return Arrays.stream(type.getFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).toList();
    }

    private static Optional<RecordComponent> component(Class<?> view, String name) {
        if (view == null || !view.isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(view.getRecordComponents()).filter(c -> c.getName().equals(name))
                .findFirst();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : null;
    }
}
