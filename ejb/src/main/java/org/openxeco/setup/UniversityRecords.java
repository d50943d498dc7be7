package org.openxeco.setup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.openxeco.directory.Address;
import org.openxeco.directory.Identifier;
import org.openxeco.directory.IdentifierScheme;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.taxonomy.BundledTaxonomy;

/**
 * Turns the universities file into academic entities tagged with their country. Each
 * entity's UUID derives from its name, country and domains, so loading twice finds the
 * same objects; a record repeating another one exactly is rejected as a duplicate.
 */
final class UniversityRecords {

    static final String FILE = "universities.json";
    private static final Pattern WEB = Pattern.compile("https?://\\S+");

    private UniversityRecords() {
    }

    static List<DemoRecord<Organisation>> read(JsonArray source, Set<String> countryCodes,
            List<DemoReport.Problem> rejected) {
        List<DemoRecord<Organisation>> records = new ArrayList<>();
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < source.size(); i++) {
            int number = i + 1;
            try {
                JsonObject json = source.getJsonObject(i);
                Organisation organisation = convert(json, countryCodes);
                Integer first = seen.putIfAbsent(organisation.getUuid(), number);
                if (first != null) {
                    throw new IllegalArgumentException("repeats record " + first);
                }
                String country = organisation.getAddresses().get(0).getCountryCode();
                records.add(new DemoRecord<>(organisation, List.of(countryTag(country)),
                        List.of(number)));
            } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
                rejected.add(new DemoReport.Problem(FILE, number, reason(e)));
            }
        }
        return records;
    }

    private static Organisation convert(JsonObject json, Set<String> countryCodes) {
        String name = text(json, "name");
        String country = text(json, "alpha_two_code");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the name is missing");
        }
        if (country == null || !countryCodes.contains(country)) {
            throw new IllegalArgumentException("unknown country code " + country);
        }
        List<String> domains = strings(json, "domains");
        List<String> pages = strings(json, "web_pages");
        for (String page : pages) {
            if (!WEB.matcher(page).matches()) {
                throw new IllegalArgumentException("web page " + page + " is not a web address");
            }
        }

        Organisation organisation = new Organisation();
        organisation.assignUuid(UUID.nameUUIDFromBytes(("demo:university:" + name + "|"
                + country + "|" + String.join(",", domains.stream().sorted().toList()))
                .getBytes(StandardCharsets.UTF_8)));
        organisation.setName(name.strip());
        organisation.setKind(OrganisationKind.ACADEMIC);
        organisation.setWebsites(pages);
        organisation.setAddresses(List.of(new Address(null, null, null,
                text(json, "state-province"), country)));
        organisation.setIdentifiers(domains.stream()
                .map(d -> new Identifier(IdentifierScheme.WEB_DOMAIN, d)).toList());
        return organisation;
    }

    static UUID countryTag(String code) {
        return UUID.nameUUIDFromBytes(BundledTaxonomy.COUNTRIES.valueUri(code)
                .getBytes(StandardCharsets.UTF_8));
    }

    static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        return value instanceof JsonString s ? s.getString() : null;
    }

    static List<String> strings(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static String reason(RuntimeException e) {
        return e instanceof IllegalArgumentException && e.getMessage() != null
                ? e.getMessage() : "the record does not have the expected shape";
    }
}
