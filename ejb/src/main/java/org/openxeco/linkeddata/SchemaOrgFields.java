package org.openxeco.linkeddata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.openxeco.content.ArticleType;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Jsonp;
import org.openxeco.kernel.Problems;
import org.openxeco.network.catalogue.SchemaOrgMapping;

/**
 * The schema.org names of the fields of an imported object: checks its context, and
 * renames the errors of the services' own validation from the domain's field names to the
 * properties sent (the values themselves are checked by {@link SchemaOrgValues}).
 */
final class SchemaOrgFields {

    private static final Pattern INDEXED = Pattern.compile("^websites\\[(\\d+)](.*)$");

    private static final Map<String, String> ENTITY = Map.ofEntries(
            Map.entry("phone", "telephone"), Map.entry("logoUrl", "logo"),
            Map.entry("kind", "@type"), Map.entry("tags", "keywords"),
            Map.entry("addresses", "address"), Map.entry("street", "streetAddress"),
            Map.entry("city", "addressLocality"), Map.entry("region", "addressRegion"),
            Map.entry("countryCode", "addressCountry"), Map.entry("identifiers", "identifier"));

    private static final Map<String, String> ARTICLE = Map.ofEntries(
            Map.entry("type", "@type"), Map.entry("title", "name"),
            Map.entry("slug", "alternateName"), Map.entry("publishedAt", "datePublished"),
            Map.entry("links", "relatedLink"), Map.entry("tags", "keywords"),
            Map.entry("event.start", "startDate"), Map.entry("event.end", "endDate"),
            Map.entry("event.timeZone", "eventSchedule.scheduleTimezone"),
            Map.entry("event.attendance", "eventAttendanceMode"),
            Map.entry("event.venue", "location.name"),
            Map.entry("event.city", "location.address.addressLocality"),
            Map.entry("event.countryCode", "location.address.addressCountry"),
            Map.entry("event.registrationUrl", "offers.url"),
            Map.entry("job.hiringEntity", "hiringOrganization"),
            Map.entry("job.employmentType", "employmentType"),
            Map.entry("job.location", "jobLocation.address"),
            Map.entry("job.closingDate", "validThrough"), Map.entry("offering.url", "url"),
            Map.entry("offering.provider", "provider"));

    private SchemaOrgFields() {
    }

    /** Whether a type is the schema.org type of some kind of entity. */
    static boolean organisationType(String type) {
        return Arrays.stream(OrganisationKind.values())
                .map(SchemaOrgMapping::organisationType).anyMatch(type::equals);
    }

    /** The texts of a property given as one string or a list. */
    static List<String> texts(JsonObject item, String name) {
        JsonValue value = item.get(name);
        List<JsonValue> values = value instanceof JsonArray a ? a : List.of(value);
        return values.stream().filter(JsonString.class::isInstance)
                .map(v -> ((JsonString) v).getString()).toList();
    }

    /** Adds an error naming {@code @context} if it is other than schema.org's. */
    static void checkContext(JsonObject item, List<FieldError> errors) {
        JsonValue context = item.get("@context");
        if (context != null && !(context instanceof JsonString s
                && s.getString().matches("https?://schema\\.org/?"))) {
            errors.add(Problems.field("@context", "jsonld.context"));
        }
    }

    /**
     * The object without the properties the errors name (by their first segment), so that
     * the rest can be read and checked too.
     */
    static JsonObject without(JsonObject item, List<FieldError> errors) {
        JsonObjectBuilder rest = Jsonp.createObjectBuilder(item);
        errors.forEach(e -> rest.remove(e.field().split("[.\\[]", 2)[0]));
        return rest.build();
    }

    /** The errors, then those of {@code more} on properties the errors do not name yet. */
    static List<FieldError> merge(List<FieldError> errors, List<FieldError> more) {
        List<FieldError> all = new ArrayList<>(errors);
        more.stream().filter(m -> errors.stream().noneMatch(e -> e.field().equals(m.field())))
                .forEach(all::add);
        return all;
    }

    /**
     * The errors of an entity's validation under the properties of the Organization sent:
     * a website under {@code url} or {@code sameAs}, indexed if that property was a list.
     */
    static InvalidInputException entity(InvalidInputException e, JsonObject item) {
        return new InvalidInputException(e.errors().stream().map(f -> new FieldError(
                website(f.field(), item).orElseGet(() -> name(f.field(), ENTITY)), f.message()))
                .toList());
    }

    /** A website's field under the property it was read from: url first if given, then sameAs. */
    private static Optional<String> website(String field, JsonObject item) {
        boolean url = item.get("url") instanceof JsonArray
                || item.get("url") instanceof JsonString s && !s.getString().isBlank();
        if (field.equals("websites")) {
            return Optional.of(url ? "url" : "sameAs");
        }
        Matcher website = INDEXED.matcher(field);
        if (!website.matches()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(website.group(1));
        String property = url && index == 0 ? "url" : "sameAs";
        int at = url ? index - 1 : index;
        String indexed = item.get(property) instanceof JsonArray
                ? property + "[" + (property.equals("url") ? 0 : at) + "]" : property;
        return Optional.of(indexed + website.group(2));
    }

    /**
     * The errors of an article's validation under the properties of its schema.org type,
     * the title under the property that gave it ({@code name}, {@code headline} or
     * {@code title}).
     */
    static InvalidInputException article(InvalidInputException e, ArticleType type,
            String titleProperty) {
        Map<String, String> names = new HashMap<>(ARTICLE);
        names.put("title", titleProperty);
        names.put("relatedEntities", type == ArticleType.EVENT ? "organizer" : "about");
        switch (type) {
            case NEWS -> names.putAll(Map.of("summary", "description", "body", "articleBody"));
            case TOOL -> names.putAll(Map.of("summary", "description", "body", "text"));
            default -> names.putAll(Map.of("summary", "disambiguatingDescription",
                    "body", "description"));
        }
        return rename(e, names);
    }

    private static InvalidInputException rename(InvalidInputException e,
            Map<String, String> names) {
        List<FieldError> renamed = e.errors().stream()
                .map(f -> new FieldError(name(f.field(), names), f.message())).toList();
        return new InvalidInputException(renamed);
    }

    /**
     * A domain field path under schema.org names: at each step the longest known path
     * that starts there is replaced, indexes and unknown segments are kept.
     */
    static String name(String field, Map<String, String> names) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < field.length()) {
            char c = field.charAt(at);
            if (c == '.') {
                out.append(c);
                at++;
                continue;
            }
            if (c == '[') {
                int close = field.indexOf(']', at);
                int end = close < 0 ? field.length() : close + 1;
                out.append(field, at, end);
                at = end;
                continue;
            }
            String known = longestKnown(field, at, names);
            int end = known != null ? at + known.length() : segmentEnd(field, at);
            out.append(known != null ? names.get(known) : field.substring(at, end));
            at = end;
        }
        return out.toString();
    }

    private static String longestKnown(String field, int at, Map<String, String> names) {
        String best = null;
        for (String key : names.keySet()) {
            int end = at + key.length();
            boolean bounded = end == field.length() || end < field.length()
                    && ".[".indexOf(field.charAt(end)) >= 0;
            if (field.startsWith(key, at) && bounded
                    && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best;
    }

    /** Where the segment starting at {@code at} ends: at the next '.' or '['. */
    private static int segmentEnd(String field, int at) {
        for (int i = at + 1; i < field.length(); i++) {
            if (field.charAt(i) == '.' || field.charAt(i) == '[') {
                return i;
            }
        }
        return field.length();
    }
}
