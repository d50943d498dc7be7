package org.openxeco.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxeco.content.Article;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.network.peers.PeerHealth;
import org.openxeco.network.peers.PeerState;
import org.openxeco.network.sync.SyncRun;
import org.openxeco.taxonomy.TaxonomyValue;

/** The dashboard's figures against records made for each test on an empty node. */
class DashboardServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-15T12:00:00Z");
    private static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");
    private static final List<Long> ZEROS = List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L,
            0L, 0L);

    private DashboardData d;

    @BeforeEach
    void emptyNode() {
        d = new DashboardData(NOW);
    }

    @AfterEach
    void close() {
        d.close();
    }

    @Test
    void anEmptyNodeCountsNothingInEveryFigure() {
        UUID scheme = d.scheme("empty");
        Dashboard s = d.dashboard;
        assertEquals(new Distribution(List.of(), 0, 0),
                d.admin(() -> s.entitiesPerValue(scheme, 5, "en")));
        assertTrue(d.admin(() -> s.entitiesPerCountry(5)).isEmpty());
        Timeline articles = d.admin(() -> s.articlesPerMonth(LUXEMBOURG, 12));
        assertEquals(12, articles.periods().size());
        assertEquals(List.of("NEWS", "EVENT", "JOB_OFFER", "SERVICE", "TOOL"),
                List.copyOf(articles.series().keySet()));
        articles.series().values().forEach(counts -> assertEquals(ZEROS, counts));
        Timeline members = d.admin(() -> s.memberActivity(LUXEMBOURG, 12));
        assertEquals(Set.of("accounts", "signIns", "requests", "changes"),
                members.series().keySet());
        members.series().values().forEach(counts -> assertEquals(ZEROS, counts));
        assertEquals(new Waiting(0, 0, 0, 0), d.admin(s::waiting));
        assertEquals(List.of(), d.admin(s::peers));
    }

    @Test
    void entitiesPerValueShowTheLargestValuesThenOtherAndNone() {
        UUID scheme = d.scheme("sector");
        TaxonomyValue a = d.value(scheme, "a", "Alpha");
        TaxonomyValue b = d.value(scheme, "b", "Bêta");
        TaxonomyValue c = d.value(scheme, "c", "Gamma");
        TaxonomyValue e = d.value(scheme, "e", "Epsilon");
        TaxonomyValue x = d.value(d.scheme("size"), "x", "Iks");
        d.entity(a);
        d.entity(a, b);
        d.entity(a);
        d.entity(b);
        d.entity(b);
        d.entity(c);
        d.entity(e);
        d.entity(c, a);
        d.entity(x);
        d.entity();

        Distribution top2 = d.admin(() -> d.dashboard.entitiesPerValue(scheme, 2, "fr"));
        assertEquals(List.of(new Share(a.getUuid().toString(), "Alpha", 4),
                new Share(b.getUuid().toString(), "Bêta", 3)), top2.top());
        assertEquals(3, top2.other(), "tagged with c or e, one of them with a too");
        assertEquals(2, top2.none(), "tagged only in another scheme, or not at all");

        Distribution all = d.admin(() -> d.dashboard.entitiesPerValue(scheme, 10, "en"));
        assertEquals(List.of("Label a", "Label b", "Label c", "Label e"), all.top().stream()
                .map(Share::label).toList());
        assertEquals(List.of(4L, 3L, 2L, 1L), all.top().stream().map(Share::count).toList());
        assertEquals(0, all.other());
        assertEquals(2, all.none());

        assertThrows(NotFoundException.class,
                () -> d.admin(() -> d.dashboard.entitiesPerValue(UUID.randomUUID(), 2, "en")));
    }

    @Test
    void entitiesPerCountryCountAnEntityOncePerCountry() {
        d.entity(List.of("LU"));
        d.entity(List.of("LU", "BE"));
        d.entity(List.of("LU", "LU"));
        d.entity(List.of("BE"));
        d.entity(List.of("FR"));
        d.entity(List.of("DE"));
        d.entity(List.of());

        Distribution top2 = d.admin(() -> d.dashboard.entitiesPerCountry(2));
        assertEquals(List.of(new Share("LU", "LU", 3), new Share("BE", "BE", 2)), top2.top());
        assertEquals(2, top2.other());
        assertEquals(1, top2.none());
        Distribution top3 = d.admin(() -> d.dashboard.entitiesPerCountry(3));
        assertEquals(new Share("DE", "DE", 1), top3.top().get(2), "ties by code");
        assertEquals(1, top3.other());
    }

    @Test
    void articlesPerMonthShowEveryMonthOfTheZoneWithGapsAsZero() {
        d.article(ArticleType.NEWS, "2025-03-01T10:00:00Z");
        d.article(ArticleType.NEWS, "2025-03-14T10:00:00Z");
        d.article(ArticleType.NEWS, "2025-01-20T10:00:00Z");
        // 1 April 2024, 00:30 in Luxembourg: the first month shown.
        d.article(ArticleType.EVENT, "2024-03-31T22:30:00Z");
        // 31 March 2024, 23:30 in Luxembourg: before it.
        d.article(ArticleType.JOB_OFFER, "2024-03-31T21:30:00Z");
        // 1 April 2025 in Luxembourg: after the current month.
        d.article(ArticleType.TOOL, "2025-03-31T22:30:00Z");

        Timeline t = d.admin(() -> d.dashboard.articlesPerMonth(LUXEMBOURG, 12));

        assertEquals(LocalDate.of(2024, 4, 1), t.periods().get(0));
        assertEquals(LocalDate.of(2025, 3, 1), t.periods().get(11));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 2L), t.counts("NEWS"));
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), t.counts("EVENT"));
        assertEquals(ZEROS, t.counts("JOB_OFFER"));
        assertEquals(ZEROS, t.counts("TOOL"));
        assertEquals(List.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)),
                d.admin(() -> d.dashboard.articlesPerMonth(LUXEMBOURG, 2)).periods());
    }

    @Test
    void memberActivityCountsWeeksFromMondayInTheZone() {
        long a = d.account("2025-03-11T09:00:00Z", "2025-03-14T09:00:00Z");
        d.account("2024-12-01T09:00:00Z", "2025-01-06T00:30:00Z");
        // Monday 6 January, 00:30 in Luxembourg; still Sunday in UTC.
        d.account("2025-01-05T23:30:00Z", null);
        long late = d.account("2025-02-03T12:00:00Z", null);
        Organisation entity = d.entity();
        d.request(a, entity, "2025-03-12T10:00:00Z", "PENDING");
        d.change(a, entity, "2025-03-12T11:00:00Z", "APPROVED");
        d.request(late, entity, "2025-02-04T10:00:00Z", "REJECTED");
        d.audit("alice", "2025-03-13T10:00:00Z");
        d.audit("alice", "2025-02-04T10:00:00Z");
        d.audit("node", "2025-03-13T10:00:00Z");

        Timeline t = d.admin(() -> d.dashboard.memberActivity(LUXEMBOURG, 12));

        assertEquals(LocalDate.of(2024, 12, 23), t.periods().get(0));
        assertEquals(LocalDate.of(2025, 3, 10), t.periods().get(11));
        assertEquals(List.of(0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L),
                t.counts("accounts"));
        assertEquals(List.of(0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L),
                t.counts("signIns"));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 2L),
                t.counts("requests"));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L),
                t.counts("changes"), "the node's own changes are not members' activity");
    }

    @Test
    void waitingCountsOnlyWhatAwaitsADecision() {
        long member = d.account("2025-03-01T09:00:00Z", null);
        Organisation entity = d.entity();
        d.request(member, entity, "2025-03-12T10:00:00Z", "PENDING");
        d.request(member, entity, "2025-03-11T10:00:00Z", "APPROVED");
        d.change(member, entity, "2025-03-12T11:00:00Z", "PENDING");
        d.change(member, entity, "2025-03-12T12:00:00Z", "PENDING");
        d.change(member, entity, "2025-03-10T11:00:00Z", "WITHDRAWN");
        Article review = d.article(ArticleType.NEWS, "2025-03-01T10:00:00Z");
        Article draft = d.article(ArticleType.NEWS, "2025-03-01T10:00:00Z");
        d.underReview(review);
        d.memberArticle(member, entity, review);
        d.memberArticle(member, entity, draft);
        d.peer("asking", "PENDING", null);
        d.peer("friend", "ACTIVE", null);
        d.peer("asked", "REQUESTED", null);

        assertEquals(new Waiting(1, 2, 1, 1), d.admin(d.dashboard::waiting));
    }

    @Test
    void peersShowTheirStateLastContactAndLatestRun() {
        long alpha = d.peer("alpha", "ACTIVE", "2025-03-15T11:00:00Z");
        d.peer("beta", "PENDING", null);
        d.run(alpha, "2025-03-14T10:00:00Z", "2025-03-14T10:01:00Z", "FAILED", 3);
        d.run(alpha, "2025-03-15T10:00:00Z", "2025-03-15T10:05:00Z", "DONE", 0);

        List<PeerStatus> peers = d.admin(d.dashboard::peers);

        assertEquals(List.of("alpha", "beta"), peers.stream().map(PeerStatus::name).toList());
        PeerStatus first = peers.get(0);
        assertEquals(PeerState.ACTIVE, first.state());
        assertEquals(PeerHealth.HEALTHY, first.health());
        assertEquals(Instant.parse("2025-03-15T11:00:00Z"), first.lastContact());
        assertEquals(new PeerStatus.LastRun(SyncRun.Trigger.SCHEDULE, SyncRun.State.DONE,
                Instant.parse("2025-03-15T10:00:00Z"), Instant.parse("2025-03-15T10:05:00Z"), 0),
                first.lastRun());
        assertEquals(PeerState.PENDING, peers.get(1).state());
        assertEquals(PeerHealth.UNKNOWN, peers.get(1).health());
        assertNull(peers.get(1).lastContact());
        assertNull(peers.get(1).lastRun());
    }

    @Test
    void membersAndVisitorsAreRefusedEveryFigure() {
        UUID scheme = d.scheme("secret");
        List<Consumer<Dashboard>> figures = List.of(
                s -> s.entitiesPerValue(scheme, 5, "en"), s -> s.entitiesPerCountry(5),
                s -> s.articlesPerMonth(LUXEMBOURG, 12), s -> s.memberActivity(LUXEMBOURG, 12),
                Dashboard::waiting, Dashboard::peers);
        for (Consumer<Dashboard> figure : figures) {
            assertThrows(NotAllowedException.class, () -> d.member(() -> {
                figure.accept(d.dashboard);
                return null;
            }));
            assertThrows(NotAllowedException.class, () -> d.services.asVisitor(() -> {
                figure.accept(d.dashboard);
                return null;
            }));
        }
    }
}
