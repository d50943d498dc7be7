package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.testing.Wiring.set;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.media.ImageSamples;
import org.openxeco.media.MediaItem;

/**
 * What members upload and write reaches the public only through review: a logo stays
 * pending until its change is accepted and is discarded when it is declined; members' rich
 * text shows no images from other hosts; a proposed entity's plain text stays plain text; an
 * upload never saved is removed once a day old.
 */
class MemberContentServiceTest {

    private static Membership m;

    @BeforeAll
    static void start() {
        m = new Membership();
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    private static String upload(String member, Organisation org, int seed) {
        return m.asMember(member, () -> m.entities.storeLogo(org.getUuid(),
                ImageSamples.png(seed), "logo.png"));
    }

    private static void saveLogo(String member, Organisation org, String logo) {
        Long seen = m.asMember(member, () -> m.entities.waitingChange(org.getUuid()))
                .map(EntityChange::getVersion).orElse(null);
        Organisation live = m.asAdmin(() -> m.services.organisations.get(org.getUuid()));
        EntityEdit now = EntityEdit.of(live);
        m.asMember(member, () -> m.entities.edit(org.getUuid(), live.getVersion(), seen,
                new EntityEdit(now.name(), now.legalName(), now.kind(), now.description(),
                        now.email(), now.phone(), now.websites(), now.addresses(), logo)));
    }

    private static boolean isPublic(String hash) {
        return m.asAdmin(() -> m.services.media.findPublic(hash)).isPresent();
    }

    private static boolean isStored(String hash) {
        return m.asAdmin(() -> m.services.media.find(hash)).isPresent();
    }

    @Test
    void underReviewAnUploadedLogoIsPendingUntilTheChangeIsApproved() {
        String member = m.member("en");
        Organisation org = m.entity("Pending logo");
        m.attach(member, org);
        m.withReview(true, () -> {
            String logo = upload(member, org, 71);
            MediaItem stored = m.asAdmin(() -> m.services.media.find(logo)).orElseThrow();
            assertTrue(stored.isPending());
            assertTrue(stored.visibleTo(member, false));
            assertFalse(stored.visibleTo("someone-else", false));
            assertTrue(stored.visibleTo("an-admin", true));

            saveLogo(member, org, logo);

            assertFalse(isPublic(logo));
            EntityChange change = m.asMember(member,
                    () -> m.entities.waitingChange(org.getUuid())).orElseThrow();
            m.asAdmin(() -> m.changeQueue.approve(change.getUuid(), change.getVersion(), null));
            assertTrue(isPublic(logo));
            assertEquals(logo, m.asAdmin(() -> m.services.organisations.get(org.getUuid()))
                    .getLogoHash());
        });
    }

    @Test
    void aDeclinedOrReplacedChangeDiscardsTheLogoUploadedForIt() {
        String member = m.member("en");
        Organisation org = m.entity("Declined logo");
        m.attach(member, org);
        m.withReview(true, () -> {
            String replaced = upload(member, org, 72);
            saveLogo(member, org, replaced);
            String declined = upload(member, org, 73);
            saveLogo(member, org, declined);
            assertFalse(isStored(replaced), "the logo of the replaced change is discarded");

            EntityChange change = m.asMember(member,
                    () -> m.entities.waitingChange(org.getUuid())).orElseThrow();
            m.asAdmin(() -> m.changeQueue.reject(change.getUuid(), change.getVersion(), "No"));

            assertFalse(isStored(declined));
            assertEquals(null, m.asAdmin(() -> m.services.organisations.get(org.getUuid()))
                    .getLogoHash());
        });
    }

    @Test
    void anUploadNeverSavedIsRemovedOnceOldWhileOnesInUseOrRecentStay() {
        String member = m.member("en");
        Organisation org = m.entity("Unsaved logo");
        m.attach(member, org);
        UnsavedUploads unsaved = new UnsavedUploads();
        set(unsaved, "em", m.services.entityManager());
        set(unsaved, "context", m.caller);
        set(unsaved, "changes", m.services.changes);
        Instant now = Instant.now();
        m.withReview(true, () -> {
            set(m.services.media, "clock", Clock.fixed(now.minus(Duration.ofDays(2)),
                    ZoneOffset.UTC));
            String abandoned;
            String waiting;
            try {
                abandoned = upload(member, org, 81);
                waiting = upload(member, org, 82);
            } finally {
                set(m.services.media, "clock", Clock.systemUTC());
            }
            saveLogo(member, org, waiting);
            String recent = upload(member, org, 83);

            assertThrows(NotAllowedException.class, () -> m.asMember(member,
                    () -> unsaved.removeStoredBefore(now.minus(Duration.ofDays(1)))));
            assertTrue(isStored(abandoned), "a member may not remove uploads");
            int removed = m.asAdmin(() -> unsaved.removeStoredBefore(
                    now.minus(Duration.ofDays(1))));

            assertTrue(removed >= 1, "removed " + removed);
            assertFalse(isStored(abandoned), "never saved, two days old");
            assertTrue(isStored(waiting), "named by a change waiting for review");
            assertTrue(isStored(recent), "uploaded a moment ago");
            EntityChange change = m.asMember(member,
                    () -> m.entities.waitingChange(org.getUuid())).orElseThrow();
            m.asAdmin(() -> m.changeQueue.approve(change.getUuid(), change.getVersion(), null));
            assertTrue(isPublic(waiting));
        });
    }

    @Test
    void withoutReviewTheLogoIsPublicOnceTheChangeIsSaved() {
        String member = m.member("en");
        Organisation org = m.entity("Live logo");
        m.attach(member, org);
        m.withReview(false, () -> {
            String logo = upload(member, org, 74);
            assertFalse(isPublic(logo), "not public before the change is saved");

            saveLogo(member, org, logo);

            assertTrue(isPublic(logo));
        });
    }

    @Test
    void membersRichTextShowsNoImagesFromOtherHosts() {
        String member = m.member("en");
        Organisation org = m.entity("Pixels");
        m.attach(member, org);
        String own = "/media/" + "ab".repeat(32);
        String html = "<p>Hi<img src=\"https://tracker.example.net/p.gif\" alt=\"t\">"
                + "<img src=\"//tracker.example.net/q.gif\"><img src=\"" + own + "\" alt=\"o\">"
                + "</p>";

        MemberArticle written = m.asMember(member, () -> m.articles.create(org.getUuid(),
                new ArticleDraft(ArticleType.NEWS, "Pixel news", null, html, null, null,
                        null)));
        m.withReview(true, () -> {
            Organisation live = m.asAdmin(() -> m.services.organisations.get(org.getUuid()));
            EntityEdit now = EntityEdit.of(live);
            m.asMember(member, () -> m.entities.edit(org.getUuid(), live.getVersion(),
                    new EntityEdit(now.name(), null, now.kind(), html, null, null, List.of(),
                            now.addresses(), null)));
        });

        String body = written.getArticle().getBody();
        String description = m.asMember(member, () -> m.entities.waitingChange(org.getUuid()))
                .orElseThrow().getEdit().description();
        for (String text : List.of(body, description)) {
            assertFalse(text.contains("tracker.example.net"), text);
            assertTrue(text.contains("src=\"" + own + "\""), text);
        }
    }

    @Test
    void aProposedEntitysDescriptionIsShownAsTypedWithItsLineBreaks() {
        String member = m.member("en");
        MemberRequest proposal = m.asMember(member, () -> m.requests.proposeEntity(
                new ProposedEntity("Plain text SA " + System.nanoTime(), OrganisationKind.COMPANY,
                        "LU", null, null, "We <b>build</b> things & more\nsecond line\n\nnext"),
                "New"));

        MemberRequest approved = m.asAdmin(() -> m.queue.approve(proposal.getUuid(),
                proposal.getVersion(), null));

        String description = m.asAdmin(() -> m.services.organisations.get(
                approved.getOrganisation().getUuid())).getDescription();
        assertFalse(description.contains("<b>"), description);
        assertTrue(description.contains("&lt;b&gt;build&lt;/b&gt;"), description);
        assertTrue(description.matches("<p>.*things &amp; more<br ?/?>second line</p><p>next</p>"),
                description);
    }
}
