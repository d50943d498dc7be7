package org.openxeco.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/** When the public site lists events as upcoming or past and job offers as open. */
class PublicTimingServiceTest {

    private static Services services;
    private static PublicContent content;

    @BeforeAll
    static void start() {
        services = new Services();
        content = new PublicContent();
        content.em = services.entityManager();
        content.taxonomies = services.taxonomies;
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void anEventIsUpcomingWhileItRunsAndPastFromItsEnd() {
        String marker = Fixtures.unique("Running");
        Instant now = Instant.parse("2030-06-10T12:00:00Z");
        UUID running = store(event(marker + " running", now.minusSeconds(3600),
                now.plusSeconds(3600), "Europe/Luxembourg", false)).getUuid();
        UUID ended = store(event(marker + " ended", now.minusSeconds(7200), now,
                "Europe/Luxembourg", false)).getUuid();

        assertEquals(List.of(running), uuidsAt(now, marker, ArticleListing.Timing.UPCOMING));
        assertEquals(List.of(ended), uuidsAt(now, marker, ArticleListing.Timing.PAST));
        assertEquals(List.of(running, ended).stream().sorted().toList(),
                uuidsAt(now.minusSeconds(1), marker, ArticleListing.Timing.UPCOMING).stream()
                        .sorted().toList());
    }

    @Test
    void aTimedEventWithoutEndIsUpcomingUntilItsStartDayEndsInItsZone() {
        String marker = Fixtures.unique("NoEnd");
        // 10:00 in Luxembourg (summer time, UTC+2): the day ends at 22:00 UTC.
        UUID event = store(event(marker, Instant.parse("2030-06-10T08:00:00Z"), null,
                "Europe/Luxembourg", false)).getUuid();

        assertEquals(List.of(event), uuidsAt(Instant.parse("2030-06-10T21:59:59Z"), marker,
                ArticleListing.Timing.UPCOMING));
        assertEquals(List.of(), uuidsAt(Instant.parse("2030-06-10T22:00:00Z"), marker,
                ArticleListing.Timing.UPCOMING));
        assertEquals(List.of(event), uuidsAt(Instant.parse("2030-06-10T22:00:00Z"), marker,
                ArticleListing.Timing.PAST));
    }

    @Test
    void anAllDayEventWithoutEndLastsItsWholeDayInItsOwnZone() {
        String marker = Fixtures.unique("AllDay");
        // 10 June in New York (UTC-4) runs from 04:00 UTC to 04:00 UTC the next day.
        UUID event = store(event(marker, Instant.parse("2030-06-10T04:00:00Z"), null,
                "America/New_York", true)).getUuid();

        assertEquals(List.of(event), uuidsAt(Instant.parse("2030-06-11T03:59:59Z"), marker,
                ArticleListing.Timing.UPCOMING));
        assertEquals(List.of(event), uuidsAt(Instant.parse("2030-06-11T04:00:00Z"), marker,
                ArticleListing.Timing.PAST));
        assertEquals(List.of(), uuidsAt(Instant.parse("2030-06-11T04:00:00Z"), marker,
                ArticleListing.Timing.UPCOMING));
    }

    @Test
    void jobOffersAreOpenUntilTheirClosingDayHasPassedEverywhere() {
        String marker = Fixtures.unique("Jobs");
        UUID closing = store(job(marker + " closing", LocalDate.parse("2030-06-10")),
                ArticleReferences.none()).getUuid();
        UUID undated = store(job(marker + " undated", null), ArticleReferences.none())
                .getUuid();
        // 10 June ends last at UTC-12, that is at noon UTC on 11 June.
        Instant lastMoment = Instant.parse("2030-06-11T11:59:59Z");
        Instant closed = Instant.parse("2030-06-11T12:00:00Z");

        assertEquals(List.of(closing, undated).stream().sorted().toList(), sorted(jobsAt(
                lastMoment, marker, ArticleListing.Timing.OPEN)));
        assertEquals(List.of(), jobsAt(lastMoment, marker, ArticleListing.Timing.CLOSED));
        assertEquals(List.of(undated), jobsAt(closed, marker, ArticleListing.Timing.OPEN));
        assertEquals(List.of(closing), jobsAt(closed, marker, ArticleListing.Timing.CLOSED));
    }

    private static Article event(String title, Instant start, Instant end, String zone,
            boolean allDay) {
        Article a = new Article(ArticleType.EVENT);
        a.setTitle(title);
        a.setStatus(ArticleStatus.PUBLIC);
        EventDetails e = new EventDetails();
        e.setStart(start);
        e.setEnd(end);
        e.setTimeZone(zone);
        e.setAllDay(allDay);
        a.setEvent(e);
        return a;
    }

    private static List<UUID> sorted(List<UUID> uuids) {
        return uuids.stream().sorted().toList();
    }

    private static List<UUID> uuidsAt(Instant now, String marker,
            ArticleListing.Timing timing) {
        return listedAt(now, ArticleType.EVENT, marker, timing);
    }

    private static List<UUID> jobsAt(Instant now, String marker,
            ArticleListing.Timing timing) {
        return listedAt(now, ArticleType.JOB_OFFER, marker, timing);
    }

    /** The matching articles as listed at the given instant. */
    private static List<UUID> listedAt(Instant now, ArticleType type, String marker,
            ArticleListing.Timing timing) {
        Clock before = content.clock;
        content.clock = Clock.fixed(now, ZoneOffset.UTC);
        try {
            return uuids(listing(type, marker, timing));
        } finally {
            content.clock = before;
        }
    }

    private static Article job(String title, LocalDate closing) {
        Article a = new Article(ArticleType.JOB_OFFER);
        a.setTitle(title);
        a.setStatus(ArticleStatus.PUBLIC);
        JobDetails details = new JobDetails();
        details.setClosingDate(closing);
        details.setLocation("Luxembourg");
        a.setJob(details);
        return a;
    }

    private static Article store(Article a) {
        return store(a, ArticleReferences.none());
    }

    private static Article store(Article a, ArticleReferences references) {
        return services.asAdmin(() -> services.articles.create(a, references));
    }

    private static ArticleListing listing(ArticleType type, String text,
            ArticleListing.Timing timing) {
        return new ArticleListing(type, Optional.of(text), List.of(), timing);
    }

    private static List<UUID> uuids(ArticleListing listing) {
        return services.asVisitor(() -> content.list(listing, 0, 20, "en")).items().stream()
                .map(Article::getUuid).toList();
    }
}
