package org.openxeco.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InputErrors;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Jsonp;
import org.openxeco.kernel.Problems;

/** Helpers for reading request bodies while collecting every failing field at once. */
public final class Inputs {

    private Inputs() {
    }

    /** The request body, or a 400 naming the body if there was none. */
    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "A JSON body is required");
        }
        return body;
    }

    /** A JSON object sent as text (such as a JSON-LD body), or a 400 naming the body. */
    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw Problems.invalid("body", "jsonld.body.required");
        }
        try (var reader = Jsonp.createReader(new java.io.StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
            throw Problems.invalid("body", "jsonld.body.notObject",
                    value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
        } catch (JsonException e) {
            throw Problems.invalid("body", "jsonld.body.notJson", e.getMessage());
        }
    }

    /**
     * Refuses the input if reading it gave errors, together with those the service finds
     * in what could be read (asked only then: otherwise the service's own call checks).
     */
    public static void refuse(InputErrors errors, Supplier<List<FieldError>> serviceErrors) {
        if (!errors.list().isEmpty()) {
            errors.addAll(serviceErrors.get());
            errors.throwIfAny();
        }
    }

    /** Runs a parse; on failure records its field errors and returns null. */
    public static <T> T read(Supplier<T> parse, List<FieldError> errors) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /**
     * What stands for a reference that could not be read in a list passed on to a service,
     * whose own checks then name the others at their positions (the service's error on
     * this one is left out: the field is named already).
     */
    public static final UUID UNREADABLE = new UUID(0, 0);

    /**
     * What a reference given as an object may hold: its id and what the API shows of a tag or
     * an entity beside it (read as they came, and ignored); anything else is refused.
     */
    private static final Set<String> REFERENCE_FIELDS = Set.of("id", "uri", "taxonomy", "code",
            "label", "name");

    /** Parses a list of UUIDs, naming each bad one as {@code field[i]}. */
    public static List<UUID> uuids(List<String> texts, String field) {
        List<FieldError> errors = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; texts != null && i < texts.size(); i++) {
            String text = texts.get(i);
            String name = field + "[" + i + "]";
            ids.add(read(() -> Params.uuid(text, name), errors));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return ids;
    }

    /**
     * Reads references to other objects, each given by its id or as the object the API
     * answers with (whose {@code id} is used), so a body read from the API can be sent back
     * as it is. Each bad one is an error kept, named {@code field[i]}, and stands in the
     * list as {@link #UNREADABLE} so that the others keep their positions.
     */
    public static List<UUID> references(List<JsonValue> references, String field,
            InputErrors found) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; references != null && i < references.size(); i++) {
            JsonValue value = references.get(i);
            String name = field + "[" + i + "]";
            UUID id = found.get(() -> reference(value, name));
            ids.add(id == null ? UNREADABLE : id);
        }
        return ids;
    }

    /** Reads one reference, given by its id or as an object with an {@code id}. */
    public static UUID reference(JsonValue value, String field) {
        if (value instanceof JsonString text) {
            return Params.uuid(text.getString(), field);
        }
        if (value instanceof JsonObject object && object.get("id") instanceof JsonString id) {
            List<FieldError> unknown = object.keySet().stream()
                    .filter(key -> !REFERENCE_FIELDS.contains(key))
                    .map(key -> Problems.field(field + "." + key, "json.unknownField")).toList();
            if (!unknown.isEmpty()) {
                throw new InvalidInputException(unknown);
            }
            return Params.uuid(id.getString(), field + ".id");
        }
        throw new InvalidInputException(field, "An id, or an object with an id, is expected");
    }
}
