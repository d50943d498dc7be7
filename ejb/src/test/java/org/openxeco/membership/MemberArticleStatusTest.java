package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.DomainException;

/** Members' articles follow the real article status when administrators move them. */
class MemberArticleStatusTest {

    private static Membership m;

    @BeforeAll
    static void start() {
        m = new Membership();
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    private static ArticleDraft news(String title) {
        return new ArticleDraft(ArticleType.NEWS, title, "Short", "<p>Body</p>", null, null, null);
    }

    private static Article stored(UUID uuid) {
        return m.asAdmin(() -> m.services.articles.get(uuid));
    }

    private static void move(UUID uuid, ArticleStatus target) {
        long version = stored(uuid).getVersion();
        m.asAdmin(() -> m.services.workflow.transition(uuid, version, target, null));
    }

    private static UUID draft(String member, String title) {
        Organisation org = m.entity("Status " + title);
        m.attach(member, org);
        return m.asMember(member, () -> m.articles.create(org.getUuid(), news(title)))
                .getArticle().getUuid();
    }

    @Test
    void aDraftAnAdministratorPublishedInTheEditorIsNoLongerChangedSubmittedOrDeleted() {
        String erin = m.member("en");
        UUID uuid = draft(erin, "Published by editor");
        move(uuid, ArticleStatus.PUBLIC);
        long version = stored(uuid).getVersion();

        assertEquals(ArticleState.PUBLISHED,
                m.asMember(erin, () -> m.articles.mine(uuid)).getState());
        assertThrows(ConflictException.class, () -> m.asMember(erin,
                () -> m.articles.update(uuid, version, news("Unreviewed live edit"))));
        assertThrows(ConflictException.class,
                () -> m.asMember(erin, () -> m.articles.submit(uuid, version)));
        assertThrows(ConflictException.class, () -> m.asMember(erin, () -> {
            m.articles.delete(uuid, version);
            return null;
        }));
        Article live = stored(uuid);
        assertEquals(ArticleStatus.PUBLIC, live.getStatus());
        assertEquals("Published by editor", live.getTitle());
    }

    @Test
    void aSubmittedArticleMovedBackToDraftInTheEditorIsEditableAgain() {
        String finn = m.member("en");
        UUID uuid = draft(finn, "Sent back by editor");
        long seen = stored(uuid).getVersion();
        m.asMember(finn, () -> m.articles.submit(uuid, seen));
        move(uuid, ArticleStatus.DRAFT);

        assertEquals(ArticleState.CHANGES_REQUESTED,
                m.asMember(finn, () -> m.articles.mine(uuid)).getState());
        long version = stored(uuid).getVersion();
        m.asMember(finn, () -> m.articles.update(uuid, version, news("Improved")));
        long improved = stored(uuid).getVersion();
        m.asMember(finn, () -> m.articles.submit(uuid, improved));
        assertTrue(m.asAdmin(() -> m.reviews.waiting()).stream()
                .anyMatch(w -> w.getArticle().getUuid().equals(uuid)));
    }

    @Test
    void aDraftAnAdministratorPutUnderReviewInTheEditorWaitsInTheQueue() {
        String gus = m.member("en");
        UUID uuid = draft(gus, "Reviewed by editor");
        move(uuid, ArticleStatus.UNDER_REVIEW);

        assertTrue(m.asAdmin(() -> m.reviews.waiting()).stream()
                .anyMatch(w -> w.getArticle().getUuid().equals(uuid)));
        long version = stored(uuid).getVersion();
        m.asAdmin(() -> m.reviews.publish(uuid, version, null));
        assertEquals(ArticleStatus.PUBLIC, stored(uuid).getStatus());
    }

    @Test
    void aSecondDecisionOnTheSameVersionIsRefusedAsAlreadyDecided() {
        String hal = m.member("en");
        UUID uuid = draft(hal, "Decided twice");
        long seen = stored(uuid).getVersion();
        m.asMember(hal, () -> m.articles.submit(uuid, seen));
        long version = stored(uuid).getVersion();
        m.asAdmin(() -> m.reviews.publish(uuid, version, null));

        DomainException second = assertThrows(DomainException.class,
                () -> m.asAdmin(() -> m.reviews.reject(uuid, version, "Too late")));
        assertEquals("not-submitted", second.kind());
        assertEquals(ArticleStatus.PUBLIC, stored(uuid).getStatus());
        assertEquals(ArticleState.PUBLISHED,
                m.asMember(hal, () -> m.articles.mine(uuid)).getState());
    }

    @Test
    void aNewDraftSavedAndSubmittedInOneStepWaitsForReview() {
        String ivo = m.member("en");
        Organisation org = m.entity("Status one step");
        m.attach(ivo, org);

        MemberArticle written = m.asMember(ivo, () -> m.articles.saveAndSubmit(org.getUuid(),
                null, 0, news("One step")));

        UUID uuid = written.getArticle().getUuid();
        assertEquals(ArticleState.SUBMITTED, m.asMember(ivo, () -> m.articles.mine(uuid))
                .getState());
        assertEquals(ArticleStatus.UNDER_REVIEW, stored(uuid).getStatus());
    }
}
