package org.openxeco.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.model.TimeZoneUpdater;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.EventDetails;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

class EventCalendarServiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter STAMP = DateTimeFormatter
            .ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Services services;
    private FeedData data;

    @BeforeEach
    void start() {
        services = new Services();
        data = new FeedData(services);
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void aTimedEventIsWrittenInItsOwnZoneWithItsTimeZoneDefinition() {
        Article event = data.store(event("Summit", at("2027-03-10T09:30"), at("2027-03-10T17:00"),
                "Europe/Paris", false));

        String ics = calendar(null);

        assertEquals(List.of("BEGIN:VCALENDAR"), lines(ics, "BEGIN:VCALENDAR"));
        assertEquals(List.of("VERSION:2.0"), lines(ics, "VERSION:"));
        assertEquals(List.of("X-WR-CALNAME:" + Services.NODE_NAME + ": events"),
                lines(ics, "X-WR-CALNAME"));
        assertEquals(List.of("UID:" + event.getUuid() + "@node.example.org"), lines(ics, "UID"));
        assertEquals(List.of("DTSTART;TZID=Europe/Paris:20270310T093000"),
                lines(ics, "DTSTART;"));
        assertEquals(List.of("DTEND;TZID=Europe/Paris:20270310T170000"), lines(ics, "DTEND"));
        assertEquals(List.of("BEGIN:VTIMEZONE"), lines(ics, "BEGIN:VTIMEZONE"));
        assertEquals(List.of("TZID:Europe/Paris"), lines(ics, "TZID:"));
        assertEquals(List.of("SUMMARY:Summit"), lines(ics, "SUMMARY"));
        assertEquals(List.of("DESCRIPTION:What\\, where\\; and why"), lines(ics, "DESCRIPTION"));
        assertEquals(List.of("LOCATION:Hall 1\\, Paris\\, France"), lines(ics, "LOCATION"));
        assertEquals(List.of("URL:" + Services.BASE_URL + "/events/" + event.getSlug()),
                lines(ics, "URL"));
        assertEquals(List.of("SEQUENCE:" + event.getVersion()), lines(ics, "SEQUENCE"));
        String updated = STAMP.format(event.getUpdated());
        assertEquals(List.of("LAST-MODIFIED:" + updated), lines(vevent(ics), "LAST-MODIFIED:"));
        assertEquals(List.of("DTSTAMP:" + updated), lines(vevent(ics), "DTSTAMP:"));
    }

    @Test
    void theUidStaysAndTheSequenceRisesWhenTheEventChanges() {
        Article event = data.store(event("Summit", at("2027-03-10T09:30"), null, "Europe/Paris",
                false));
        String before = services.asVisitor(() -> services.eventCalendar.event(event.getUuid(),
                Locale.ENGLISH)).text();

        event.setTitle("Summit moved");
        event.getEvent().orElseThrow().setStart(at("2027-03-11T10:00"));
        Article changed = services.asAdmin(() -> services.articles.update(event.getUuid(),
                event.getVersion(), event, ArticleReferences.none()));
        String after = services.asVisitor(() -> services.eventCalendar.event(event.getUuid(),
                Locale.ENGLISH)).text();

        assertEquals(lines(before, "UID"), lines(after, "UID"));
        int first = Integer.parseInt(lines(before, "SEQUENCE:").get(0).substring(9));
        int second = Integer.parseInt(lines(after, "SEQUENCE:").get(0).substring(9));
        assertTrue(second > first, first + " then " + second);
        assertEquals(changed.getVersion(), second);
        assertEquals(List.of("DTSTART;TZID=Europe/Paris:20270311T100000"),
                lines(after, "DTSTART;"));
        assertEquals(List.of("SUMMARY:Summit moved"), lines(after, "SUMMARY"));
        assertEquals(List.of(), lines(after, "DTEND"), "no end was given");
    }

    @Test
    void anAllDayEventIsWrittenAsDatesWithTheEndDayAfterItsLastDay() {
        // Stored as the start of the first day and the start of the day after the last one.
        data.store(event("Fair", at("2027-06-01T00:00"), at("2027-06-03T00:00"), "Europe/Paris",
                true));
        data.store(event("One day", at("2027-06-05T00:00"), null, "Europe/Paris", true));

        String ics = calendar(null);

        assertEquals(List.of("DTSTART;VALUE=DATE:20270601", "DTSTART;VALUE=DATE:20270605"),
                lines(ics, "DTSTART").stream().sorted().toList());
        assertEquals(List.of("DTEND;VALUE=DATE:20270603", "DTEND;VALUE=DATE:20270606"),
                lines(ics, "DTEND").stream().sorted().toList());
        assertEquals(List.of(), lines(ics, "BEGIN:VTIMEZONE"), "dates need no zone");
    }

    @Test
    void theCalendarHoldsOnlyPublicEventsAndOneDefinitionPerZone() {
        Article paris = data.store(event("Paris", at("2027-03-10T09:30"), null, "Europe/Paris",
                false));
        Article paris2 = data.store(event("Paris 2", at("2027-04-10T09:30"), null,
                "Europe/Paris", false));
        Article tokyo = data.store(event("Tokyo", at("2027-03-10T09:30"), null, "Asia/Tokyo",
                false));
        Article draft = event("Draft", at("2027-03-10T09:30"), null, "Europe/Paris", false);
        draft.setStatus(ArticleStatus.DRAFT);
        UUID draftUuid = data.store(draft).getUuid();
        Article later = event("Later", at("2027-03-10T09:30"), null, "Europe/Paris", false);
        later.setPublishedAt(Instant.now().plusSeconds(86400));
        UUID laterUuid = data.store(later).getUuid();

        String ics = calendar(null);

        assertEquals(List.of(paris, paris2, tokyo).stream().map(a -> "UID:" + a.getUuid()
                + "@node.example.org").sorted().toList(), lines(ics, "UID").stream().sorted()
                .toList());
        assertEquals(List.of("TZID:Asia/Tokyo", "TZID:Europe/Paris"),
                lines(ics, "TZID:").stream().sorted().toList());
        assertThrows(NotFoundException.class, () -> services.asVisitor(() ->
                services.eventCalendar.event(draftUuid, Locale.ENGLISH)));
        assertThrows(NotFoundException.class, () -> services.asVisitor(() ->
                services.eventCalendar.event(laterUuid, Locale.ENGLISH)));
        Article news = data.news("News", ArticleStatus.PUBLIC, null, null);
        assertThrows(NotFoundException.class, () -> services.asVisitor(() ->
                services.eventCalendar.event(news.getUuid(), Locale.ENGLISH)));
    }

    @Test
    void aTagNarrowsTheCalendarToTheValueAndItsSubtree() {
        UUID scheme = data.scheme(ObjectType.EVENT);
        TaxonomyValue top = data.value(scheme, "top", null);
        TaxonomyValue leaf = data.value(scheme, "leaf", top);
        Article onLeaf = data.store(event("On leaf", at("2027-03-10T09:30"), null, "UTC",
                false), leaf);
        data.store(event("Untagged", at("2027-03-10T09:30"), null, "UTC", false));

        String ics = calendar(top.reference());

        assertEquals(List.of("UID:" + onLeaf.getUuid() + "@node.example.org"), lines(ics, "UID"));
        assertEquals(List.of("CATEGORIES:Label leaf"), lines(ics, "CATEGORIES"));
        assertEquals(List.of("X-WR-CALNAME:" + Services.NODE_NAME + ": events (Label top)"),
                lines(ics, "X-WR-CALNAME"));
        assertThrows(NotFoundException.class, () -> calendar("nope:none"));
    }

    @Test
    void aZoneThatIsAnAliasIsDefinedUnderTheNameTheEventUses() {
        data.store(event("Luxembourg", at("2027-03-10T09:30"), null, "Europe/Luxembourg",
                false));

        String ics = calendar(null);

        assertEquals(List.of("DTSTART;TZID=Europe/Luxembourg:20270310T093000"),
                lines(ics, "DTSTART;"));
        assertEquals(List.of("TZID:Europe/Luxembourg"), lines(ics, "TZID:"));
        assertEquals(List.of(), lines(ics, "TZURL"));
    }

    @Test
    void timeZoneDefinitionsAreNeverFetchedFromTheNetwork() {
        assertFalse(new TimeZoneUpdater().isEnabled());
    }

    private String calendar(String tag) {
        return services.asVisitor(() -> services.eventCalendar.calendar(Optional.ofNullable(tag),
                Locale.ENGLISH)).text();
    }

    /** The first VEVENT of a calendar. */
    static String vevent(String ics) {
        return ics.substring(ics.indexOf("BEGIN:VEVENT"), ics.indexOf("END:VEVENT"));
    }

    /** The unfolded content lines that start with a prefix. */
    static List<String> lines(String ics, String prefix) {
        List<String> unfolded = new ArrayList<>();
        for (String line : ics.split("\r\n")) {
            if (line.startsWith(" ") && !unfolded.isEmpty()) {
                unfolded.set(unfolded.size() - 1, unfolded.get(unfolded.size() - 1)
                        + line.substring(1));
            } else {
                unfolded.add(line);
            }
        }
        return unfolded.stream().filter(l -> l.startsWith(prefix)).toList();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(PARIS).toInstant();
    }

    private static Article event(String title, Instant start, Instant end, String zone,
            boolean allDay) {
        Article a = Fixtures.event(title, start, ArticleStatus.PUBLIC);
        a.setSummary("What, where; and why");
        EventDetails e = a.getEvent().orElseThrow();
        e.setEnd(end);
        e.setTimeZone(zone);
        e.setAllDay(allDay);
        e.setVenue("Hall 1");
        e.setCity("Paris");
        e.setCountryCode("FR");
        return a;
    }
}
