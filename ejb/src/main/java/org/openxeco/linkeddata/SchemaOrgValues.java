package org.openxeco.linkeddata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.openxeco.content.ArticleType;
import org.openxeco.content.Attendance;
import org.openxeco.content.EmploymentType;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.Problems;
import org.openxeco.network.catalogue.SchemaOrgMapping;

/**
 * Checks every value of an imported schema.org object that the readers take: a value of a
 * shape or a word they cannot understand (a date that is none, an unknown attendance mode
 * or employment type, a text where an object is needed, a reference without {@code @id})
 * is an error naming its property, where the readers, lenient with peers, would leave it
 * out. Properties the readers do not take are not looked at.
 */
final class SchemaOrgValues {

    private static final List<String> ENTITY_TEXTS = List.of("name", "legalName",
            "description", "email", "telephone");

    private static final List<String> ADDRESS_TEXTS = List.of("streetAddress", "postalCode",
            "addressLocality", "addressRegion", "addressCountry");

    private static final List<String> ARTICLE_TEXTS = List.of("name", "headline", "title",
            "alternateName", "description", "articleBody", "text", "disambiguatingDescription");

    private SchemaOrgValues() {
    }

    /** Adds an error for each value of an Organization the entity reader cannot take. */
    static void checkEntity(JsonObject item, List<FieldError> errors) {
        ENTITY_TEXTS.forEach(name -> texts(item, "", name, errors));
        single(item, "", "url", errors);
        texts(item, "", "sameAs", errors);
        for (Element address : elements(item, "", "address")) {
            if (address.value() instanceof JsonObject a) {
                ADDRESS_TEXTS.forEach(name -> texts(a, address.field() + ".", name, errors));
            } else {
                errors.add(Problems.field(address.field(), "jsonld.object", "PostalAddress"));
            }
        }
        for (Element id : elements(item, "", "identifier")) {
            if (id.value() instanceof JsonObject p) {
                single(p, id.field() + ".", "value", errors);
                texts(p, id.field() + ".", "propertyID", errors);
                if (p.get("value") == null) {
                    errors.add(Problems.field(id.field() + ".value", "jsonld.required"));
                }
            } else if (!(id.value() instanceof JsonString)) {
                errors.add(Problems.field(id.field(), "jsonld.object", "PropertyValue"));
            }
        }
        if (item.get("logo") instanceof JsonObject logo) {
            single(logo, "logo.", "url", errors);
        } else {
            single(item, "", "logo", errors);
        }
        references(item, "keywords", errors);
    }

    /** Adds an error for each value of an article of this type its reader cannot take. */
    static void checkArticle(JsonObject item, ArticleType type, List<FieldError> errors) {
        ARTICLE_TEXTS.forEach(name -> texts(item, "", name, errors));
        dateTime(item, "datePublished", false, errors);
        for (Element link : elements(item, "", "relatedLink")) {
            if (link.value() instanceof JsonObject l) {
                single(l, link.field() + ".", "url", errors);
                texts(l, link.field() + ".", "name", errors);
                texts(l, link.field() + ".", "linkRelationship", errors);
                if (l.get("url") == null) {
                    errors.add(Problems.field(link.field() + ".url", "jsonld.required"));
                }
            } else {
                errors.add(Problems.field(link.field(), "jsonld.object", "LinkRole"));
            }
        }
        references(item, "keywords", errors);
        references(item, type == ArticleType.EVENT ? "organizer" : "about", errors);
        switch (type) {
            case EVENT -> event(item, errors);
            case JOB_OFFER -> job(item, errors);
            case SERVICE, TOOL -> {
                single(item, "", "url", errors);
                references(item, "provider", errors);
            }
            default -> {
            }
        }
    }

    private static void event(JsonObject item, List<FieldError> errors) {
        dateTime(item, "startDate", true, errors);
        dateTime(item, "endDate", true, errors);
        JsonObject schedule = object(item, "", "eventSchedule", "Schedule", errors);
        if (schedule != null && single(schedule, "eventSchedule.", "scheduleTimezone", errors)
                && schedule.get("scheduleTimezone") instanceof JsonString z) {
            try {
                ZoneId.of(z.getString());
            } catch (DateTimeException e) {
                errors.add(Problems.field("eventSchedule.scheduleTimezone",
                        "jsonld.timeZone", z.getString()));
            }
        }
        String mode = word(item, "eventAttendanceMode", errors);
        if (mode != null && Arrays.stream(Attendance.values()).map(SchemaOrgMapping::attendanceMode)
                .noneMatch(m -> mode.equals(m) || mode.equals(SchemaOrgMapping.CONTEXT + m)
                        || mode.equals("http://schema.org/" + m))) {
            errors.add(Problems.field("eventAttendanceMode", "value.unknown", mode,
                    Arrays.stream(Attendance.values()).map(SchemaOrgMapping::attendanceMode)
                            .collect(Collectors.joining(", "))));
        }
        JsonObject place = object(item, "", "location", "Place", errors);
        if (place != null) {
            texts(place, "location.", "name", errors);
            JsonObject address = object(place, "location.", "address", "PostalAddress", errors);
            if (address != null) {
                ADDRESS_TEXTS.forEach(name -> texts(address, "location.address.", name, errors));
            }
        }
        JsonObject offer = object(item, "", "offers", "Offer", errors);
        if (offer != null) {
            single(offer, "offers.", "url", errors);
        }
    }

    private static void job(JsonObject item, List<FieldError> errors) {
        dateTime(item, "datePosted", true, errors);
        if (single(item, "", "validThrough", errors)
                && item.get("validThrough") instanceof JsonString d && !d.getString().isBlank()) {
            try {
                LocalDate.parse(d.getString().length() > 10 ? d.getString().substring(0, 10)
                        : d.getString());
            } catch (DateTimeException e) {
                errors.add(Problems.field("validThrough", "jsonld.date", d.getString()));
            }
        }
        String employment = word(item, "employmentType", errors);
        if (employment != null && Arrays.stream(EmploymentType.values())
                .map(SchemaOrgMapping::employmentType)
                .noneMatch(t -> t.equalsIgnoreCase(employment))) {
            errors.add(Problems.field("employmentType", "value.unknown", employment,
                    Arrays.stream(EmploymentType.values()).map(SchemaOrgMapping::employmentType)
                            .collect(Collectors.joining(", "))));
        }
        references(item, "hiringOrganization", errors);
        JsonObject place = object(item, "", "jobLocation", "Place", errors);
        if (place != null && place.get("address") instanceof JsonObject address) {
            ADDRESS_TEXTS.forEach(name -> texts(address, "jobLocation.address.", name, errors));
        } else if (place != null) {
            single(place, "jobLocation.", "address", errors);
        }
    }

    /** A property's values with the field naming each: the name, or name[i] in a list. */
    private record Element(String field, JsonValue value) {
    }

    private static List<Element> elements(JsonObject item, String prefix, String name) {
        JsonValue value = item.get(name);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (value instanceof JsonArray list) {
            return java.util.stream.IntStream.range(0, list.size())
                    .mapToObj(i -> new Element(prefix + name + "[" + i + "]", list.get(i)))
                    .toList();
        }
        return List.of(new Element(prefix + name, value));
    }

    /** Whether a value is a text: a string, a number, or a value object holding a string. */
    private static boolean text(JsonValue value) {
        return value instanceof JsonString || value instanceof JsonNumber
                || value instanceof JsonObject o && o.get("@value") instanceof JsonString;
    }

    private static void texts(JsonObject item, String prefix, String name,
            List<FieldError> errors) {
        for (Element e : elements(item, prefix, name)) {
            if (!text(e.value())) {
                errors.add(Problems.field(e.field(), "jsonld.text"));
            }
        }
    }

    /** Adds an error unless the property is absent or one text; true if it is one text. */
    private static boolean single(JsonObject item, String prefix, String name,
            List<FieldError> errors) {
        JsonValue value = item.get(name);
        if (value == null || value == JsonValue.NULL) {
            return false;
        }
        if (value instanceof JsonArray list && list.size() > 1) {
            errors.add(Problems.field(prefix + name, "jsonld.single"));
            return false;
        }
        texts(item, prefix, name, errors);
        return text(value instanceof JsonArray list ? list.get(0) : value);
    }

    /** One word (a string), or null with an error if the value is of another shape. */
    private static String word(JsonObject item, String name, List<FieldError> errors) {
        if (!single(item, "", name, errors)) {
            return null;
        }
        JsonValue value = item.get(name) instanceof JsonArray a ? a.get(0) : item.get(name);
        String text = value instanceof JsonString s ? s.getString()
                : value instanceof JsonObject o ? o.getString("@value") : value.toString();
        return text.strip().isEmpty() ? null : text.strip();
    }

    /** The one object of a property, or null (with an error if it is of another shape). */
    private static JsonObject object(JsonObject item, String prefix, String name, String type,
            List<FieldError> errors) {
        List<Element> found = elements(item, prefix, name);
        if (found.size() > 1) {
            errors.add(Problems.field(prefix + name, "jsonld.single"));
        } else if (found.size() == 1 && found.get(0).value() instanceof JsonObject o) {
            return o;
        } else if (found.size() == 1) {
            errors.add(Problems.field(prefix + name, "jsonld.object", type));
        }
        return null;
    }

    /** Each value must be an object naming what it refers to by {@code @id}. */
    private static void references(JsonObject item, String name, List<FieldError> errors) {
        for (Element e : elements(item, "", name)) {
            if (!(e.value() instanceof JsonObject o && o.get("@id") instanceof JsonString id
                    && !id.getString().isBlank())) {
                errors.add(Problems.field(e.field(), "jsonld.reference"));
            }
        }
    }

    private static void dateTime(JsonObject item, String name, boolean dateAllowed,
            List<FieldError> errors) {
        JsonValue value = item.get(name);
        if (value == null || value == JsonValue.NULL) {
            return;
        }
        String text = value instanceof JsonString s ? s.getString() : value.toString();
        try {
            if (dateAllowed && text.length() == 10) {
                LocalDate.parse(text);
            } else {
                OffsetDateTime.parse(text);
            }
        } catch (DateTimeException e) {
            errors.add(Problems.field(name, dateAllowed ? "jsonld.dateTimeOrDate"
                    : "jsonld.dateTime", text));
        }
    }
}
