package org.openxeco.setup;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleLink;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.content.Attendance;
import org.openxeco.content.EventDetails;
import org.openxeco.content.Slugs;
import org.openxeco.taxonomy.BundledTaxonomy;

/**
 * Turns the conferences file into public event articles. The source lists an event once
 * per topic, so records with the same name, start date and address become one article
 * tagged with every topic; the later records are counted as merged. Dates are whole days
 * in UTC, as the source gives no time zone.
 */
final class ConferenceRecords {

    static final String FILE = "conferences.json";
    private static final Pattern WEB = Pattern.compile("https?://\\S+");
    private static final Pattern BARE_HOST = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/\\S*)?");
    private static final Map<String, String> COUNTRY_ALIASES = Map.of(
            "U.S.A.", "US", "U.K.", "GB", "Scotland", "GB", "Turkey", "TR", "Korea", "KR",
            "Czech Republic", "CZ");

    private ConferenceRecords() {
    }

    /**
     * Reads every record; {@code countries} maps country names to codes. Returns one
     * record per event with the source record numbers it merges.
     */
    static List<DemoRecord<Article>> read(JsonArray source, Map<String, String> countries,
            List<DemoReport.Problem> rejected, List<DemoReport.Problem> warnings) {
        Map<String, Event> events = new LinkedHashMap<>();
        for (int i = 0; i < source.size(); i++) {
            int number = i + 1;
            try {
                JsonObject json = source.getJsonObject(i);
                String key = text(json, "name") + "|" + text(json, "startDate") + "|"
                        + text(json, "url");
                Event event = events.get(key);
                if (event == null) {
                    events.put(key, convert(json, number, countries, warnings));
                } else {
                    event.records.add(number);
                    event.topics.add(topic(json));
                }
            } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
                rejected.add(new DemoReport.Problem(FILE, number, UniversityRecords.reason(e)));
            }
        }
        return events.values().stream().map(Event::toRecord).toList();
    }

    private static Event convert(JsonObject json, int number, Map<String, String> countries,
            List<DemoReport.Problem> warnings) {
        String name = text(json, "name");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the name is missing");
        }
        String url = text(json, "url");
        if (url == null || !WEB.matcher(url).matches()) {
            throw new IllegalArgumentException("url " + url + " is not a web address");
        }
        LocalDate start = date(json, "startDate");
        LocalDate end = date(json, "endDate");
        if (start == null || end == null) {
            throw new IllegalArgumentException("startDate and endDate are required");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("endDate " + end + " lies before startDate " + start);
        }

        Article article = new Article(ArticleType.EVENT);
        article.assignUuid(UUID.nameUUIDFromBytes(("demo:conference:" + name + "|" + start
                + "|" + url).getBytes(StandardCharsets.UTF_8)));
        article.setTitle(name.strip());
        article.setStatus(ArticleStatus.PUBLIC);
        article.setSlug(slugFor(name, start));

        EventDetails event = new EventDetails();
        event.setStart(start.atStartOfDay().toInstant(ZoneOffset.UTC));
        event.setEnd(end.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        event.setTimeZone("UTC");
        event.setAllDay(true);
        String city = text(json, "city");
        String countryName = text(json, "country");
        boolean online = json.get("online") == JsonValue.TRUE;
        event.setAttendance(online ? (city != null ? Attendance.HYBRID : Attendance.ONLINE)
                : Attendance.ON_SITE);
        event.setCity(city);
        event.setCountryName(countryName);
        String countryCode = countryName == null ? null
                : COUNTRY_ALIASES.getOrDefault(countryName, countries.get(countryName));
        if (countryName != null && countryCode == null) {
            warnings.add(new DemoReport.Problem(FILE, number, "country " + countryName
                    + " is not in the country taxonomy; kept as text without a tag"));
        }
        event.setCountryCode(countryCode);
        event.setCfpUrl(link(json, "cfpUrl", number, warnings).orElse(null));
        event.setCfpEnd(date(json, "cfpEndDate"));
        article.setEvent(event);

        List<ArticleLink> links = new ArrayList<>();
        links.add(new ArticleLink("website", url, null));
        link(json, "cocUrl", number, warnings)
                .ifPresent(l -> links.add(new ArticleLink("code-of-conduct", l, null)));
        handle(json, "twitter", "https://x.com/").ifPresent(l ->
                links.add(new ArticleLink("twitter", l, null)));
        article.setLinks(links);

        Event result = new Event(article, countryCode);
        result.records.add(number);
        result.topics.add(topic(json));
        return result;
    }

    private static Optional<String> link(JsonObject json, String field, int number,
            List<DemoReport.Problem> warnings) {
        String value = text(json, field);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (WEB.matcher(value).matches()) {
            return Optional.of(value);
        }
        if (BARE_HOST.matcher(value).matches()) {
            return Optional.of("https://" + value);
        }
        warnings.add(new DemoReport.Problem(FILE, number, field + " '" + value
                + "' is not a web address; left out"));
        return Optional.empty();
    }

    private static Optional<String> handle(JsonObject json, String field, String base) {
        String value = text(json, field);
        if (value == null || !value.matches("@?[A-Za-z0-9_]{1,50}")) {
            return Optional.empty();
        }
        return Optional.of(base + value.replaceFirst("^@", ""));
    }

    private static String slugFor(String name, LocalDate start) {
        String year = String.valueOf(start.getYear());
        return Slugs.of(name.contains(year) ? name : name + " " + year);
    }

    private static String topic(JsonObject json) {
        String topic = text(json, "topic");
        if (topic == null) {
            throw new IllegalArgumentException("the topic is missing");
        }
        return topic;
    }

    private static LocalDate date(JsonObject json, String field) {
        String value = text(json, field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " " + value + " is not a date");
        }
    }

    private static String text(JsonObject json, String field) {
        return UniversityRecords.text(json, field);
    }

    private static UUID topicTag(String code) {
        return UUID.nameUUIDFromBytes(BundledTaxonomy.CONFERENCE_TOPICS.valueUri(code)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** An event being assembled from one or more source records. */
    private static final class Event {
        final Article article;
        final String countryCode;
        final List<Integer> records = new ArrayList<>();
        final Set<String> topics = new LinkedHashSet<>();

        Event(Article article, String countryCode) {
            this.article = article;
            this.countryCode = countryCode;
        }

        DemoRecord<Article> toRecord() {
            List<UUID> tags = new ArrayList<>(topics.stream().map(ConferenceRecords::topicTag)
                    .toList());
            if (countryCode != null) {
                tags.add(UniversityRecords.countryTag(countryCode));
            }
            return new DemoRecord<>(article, tags, List.copyOf(records));
        }
    }
}
