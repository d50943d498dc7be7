package org.openxeco.rest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.Jsonp;

/**
 * What the strict reading of bodies names: unknown fields, values of the wrong kind at any
 * depth, control characters and names given twice; what it lets through: nulls, fields of
 * the view a read answers with, and anything under a field that takes any JSON.
 */
class BodyShapeTest {

    /** A body like the API's, with a nested list of objects and a map. */
    @AnsweredAs(Shown.class)
    public static class Body {
        public Long version;
        public String name;
        public Boolean active;
        public List<String> websites;
        public List<Part> parts;
        public Map<String, String> labels;
        public JsonValue anything;
    }

    /** An item of the body's list. */
    public static class Part {
        public String city;
    }

    /** What a read answers with: more than the body takes. */
    public record Shown(String id, String name, List<ShownPart> parts) {
    }

    /** An item as a read shows it. */
    public record ShownPart(String city, String countryName) {
    }

    private static List<String> faults(String json) {
        List<FieldError> errors = new ArrayList<>();
        RepeatedKeys.in(json.getBytes(StandardCharsets.UTF_8))
                .forEach(p -> errors.add(new FieldError(p, "repeated")));
        JsonValue value = Jsonp.createReader(new StringReader(json)).readValue();
        BodyShape.check(value, Body.class, null, "", errors);
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void everyFaultIsNamedByItsPath() {
        assertEquals(List.of("nmae", "version", "active", "websites", "parts[0].city",
                "parts[1].zip", "labels.en"), faults("{\"nmae\":\"x\",\"version\":1.5,"
                        + "\"active\":\"yes\",\"websites\":\"https://a.example\","
                        + "\"parts\":[{\"city\":7},{\"city\":\"Esch\",\"zip\":\"4001\"}],"
                        + "\"labels\":{\"en\":\"Bad\\u0001\"}}"));
        assertEquals(List.of("body"), faults("[1]"));
    }

    @Test
    void aNameGivenTwiceIsNamedWhereverItIs() {
        assertEquals(List.of("name", "parts[1].city"), faults("{\"name\":\"a\",\"name\":\"b\","
                + "\"parts\":[{\"city\":\"x\"},{\"city\":\"y\",\"city\":\"z\"}],"
                + "\"labels\":{\"en\":\"one\"}}"));
    }

    @Test
    void nullsFieldsOfTheViewAndFreeJsonPass() {
        assertEquals(List.of(), faults("{\"id\":\"1\",\"name\":null,\"version\":3,"
                + "\"active\":false,\"websites\":[],\"parts\":[{\"city\":\"Esch\","
                + "\"countryName\":\"Luxembourg\"}],\"labels\":{},"
                + "\"anything\":{\"deep\":[1,\"two\",{\"x\":null}]}}"));
    }
}
