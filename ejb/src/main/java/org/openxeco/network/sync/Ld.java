package org.openxeco.network.sync;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.openxeco.network.catalogue.CatalogueFormatException;

/**
 * Lenient reading of schema.org JSON-LD as peers write it: a property may be missing, a
 * single value or a list; texts may be language-tagged value objects. A value of a shape
 * that cannot mean what the property needs is a {@link CatalogueFormatException}.
 */
final class Ld {

    private Ld() {
    }

    static List<JsonValue> all(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        return value instanceof JsonArray array ? array : List.of(value);
    }

    /** A text: a string, a value object, or of a list the English value, else the first. */
    static String text(JsonObject object, String name) {
        String first = null;
        for (JsonValue value : all(object, name)) {
            String text = null;
            if (value instanceof JsonString s) {
                text = s.getString();
            } else if (value instanceof JsonObject o && o.get("@value") instanceof JsonString s) {
                text = s.getString();
                if ("en".equals(o.getString("@language", null))) {
                    return blankToNull(text);
                }
            } else if (value instanceof JsonNumber n) {
                text = n.toString();
            }
            if (first == null) {
                first = blankToNull(text);
            }
        }
        return first;
    }

    static List<String> texts(JsonObject object, String name) {
        return all(object, name).stream().map(v -> v instanceof JsonString s
                ? blankToNull(s.getString()) : null).filter(t -> t != null).toList();
    }

    static Optional<JsonObject> object(JsonObject object, String name) {
        return all(object, name).stream().filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast).findFirst();
    }

    static List<JsonObject> objects(JsonObject object, String name) {
        return all(object, name).stream().filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast).toList();
    }

    /** The {@code @id} of an object, required. */
    static String id(JsonObject object) {
        String id = text(object, "@id");
        if (id == null) {
            throw new CatalogueFormatException("An object has no @id");
        }
        return id;
    }

    static List<String> types(JsonObject object) {
        return texts(object, "@type");
    }

    static long version(JsonObject object) {
        if (object.get("version") instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        throw new CatalogueFormatException(id(object) + " has no integral version");
    }

    static Instant instant(JsonObject object, String name) {
        String text = text(object, name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new CatalogueFormatException(name + " is not a date and time: " + text, e);
        }
    }

    static LocalDate date(JsonObject object, String name) {
        String text = text(object, name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeException e) {
            throw new CatalogueFormatException(name + " is not a date: " + text, e);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
