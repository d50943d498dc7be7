package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.content.EventDetails;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotFoundException;

class MemberArticleServiceTest {

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
        return new ArticleDraft(ArticleType.NEWS, title, "Short", "<p>Body<script>x</script></p>",
                null, null, null);
    }

    private static Article stored(MemberArticle written) {
        return m.asAdmin(() -> m.services.articles.get(written.getArticle().getUuid()));
    }

    @Test
    void anArticleGoesThroughSubmissionChangesAndPublicationWithEachStepKept() {
        String alice = m.member("en");
        Organisation org = m.entity("Writer");
        m.attach(alice, org);
        MemberArticle draft = m.asMember(alice,
                () -> m.articles.create(org.getUuid(), news("Our news")));
        Article article = stored(draft);
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
        assertEquals("<p>Body</p>", article.getBody());
        assertEquals(org.getUuid(), article.getRelatedEntities().iterator().next().getUuid());

        MemberArticle submitted = m.asMember(alice, () -> m.articles.submit(
                article.getUuid(), article.getVersion()));
        assertEquals(ArticleState.SUBMITTED, submitted.getState());
        assertEquals(ArticleStatus.UNDER_REVIEW, stored(draft).getStatus());
        long seen1 = stored(draft).getVersion();
        assertThrows(ConflictException.class, () -> m.asMember(alice, () -> m.articles.update(
                article.getUuid(), seen1, news("Sneaky"))));
        assertTrue(m.asAdmin(() -> m.reviews.waiting()).stream()
                .anyMatch(w -> w.getArticle().getUuid().equals(article.getUuid())));

        long seen2 = stored(draft).getVersion();
        assertThrows(InvalidInputException.class, () -> m.asAdmin(() -> m.reviews
                .requestChanges(article.getUuid(), seen2, " ")));
        long seen3 = stored(draft).getVersion();
        m.asAdmin(() -> m.reviews.requestChanges(article.getUuid(), seen3,
                "Add a date"));
        MemberArticle back = m.asMember(alice, () -> m.articles.mine(article.getUuid()));
        assertEquals(ArticleState.CHANGES_REQUESTED, back.getState());
        assertEquals("Add a date", back.getLatestComment());
        assertEquals(ArticleStatus.DRAFT, stored(draft).getStatus());

        long seen4 = stored(draft).getVersion();
        m.asMember(alice, () -> m.articles.update(article.getUuid(),
                seen4, news("Our news, 5 May")));
        long seen5 = stored(draft).getVersion();
        m.asMember(alice, () -> m.articles.submit(article.getUuid(),
                seen5));
        long seen6 = stored(draft).getVersion();
        m.asAdmin(() -> m.reviews.publish(article.getUuid(), seen6, null));

        assertTrue(m.services.asVisitor(() -> m.services.articles.find(article.getUuid()))
                .filter(a -> a.getTitle().equals("Our news, 5 May")).isPresent());
        MemberArticle published = m.asMember(alice, () -> m.articles.mine(article.getUuid()));
        assertEquals(List.of(ReviewStep.Action.CREATED, ReviewStep.Action.SUBMITTED,
                ReviewStep.Action.CHANGES_REQUESTED, ReviewStep.Action.SUBMITTED,
                ReviewStep.Action.PUBLISHED), published.getSteps().stream()
                .map(ReviewStep::getAction).toList());
        assertEquals(List.of("article.changes", "article.published"), m.mailsTo(alice).stream()
                .map(x -> x.kind()).filter(k -> k.startsWith("article")).toList());
        long seen7 = stored(draft).getVersion();
        assertThrows(ConflictException.class, () -> m.asMember(alice, () -> m.articles.update(
                article.getUuid(), seen7, news("After publication"))));
    }

    @Test
    void aDeclinedArticleStaysUnpublishedAndLocked() {
        String bob = m.member("en");
        Organisation org = m.entity("Declined writer");
        m.attach(bob, org);
        MemberArticle draft = m.asMember(bob,
                () -> m.articles.create(org.getUuid(), news("Advert")));
        long seen8 = stored(draft).getVersion();
        m.asMember(bob, () -> m.articles.submit(draft.getArticle().getUuid(),
                seen8));

        long seen9 = stored(draft).getVersion();
        m.asAdmin(() -> m.reviews.reject(draft.getArticle().getUuid(),
                seen9, "Not news"));

        MemberArticle declined = m.asMember(bob,
                () -> m.articles.mine(draft.getArticle().getUuid()));
        assertEquals(ArticleState.REJECTED, declined.getState());
        assertEquals("Not news", declined.getLatestComment());
        assertFalse(stored(draft).isPublic());
        long seen10 = stored(draft).getVersion();
        assertThrows(ConflictException.class, () -> m.asMember(bob, () -> m.articles.submit(
                draft.getArticle().getUuid(), seen10)));
    }

    @Test
    void aMemberCannotReadChangeOrSubmitAnotherMembersDraft() {
        String owner = m.member("en");
        String other = m.member("en");
        Organisation org = m.entity("Shared entity");
        m.attach(owner, org);
        m.attach(other, org);
        MemberArticle draft = m.asMember(owner,
                () -> m.articles.create(org.getUuid(), news("Owner's draft")));
        var uuid = draft.getArticle().getUuid();
        long version = stored(draft).getVersion();

        assertThrows(NotFoundException.class, () -> m.asMember(other, () -> m.articles.mine(uuid)));
        assertThrows(NotFoundException.class,
                () -> m.asMember(other, () -> m.articles.update(uuid, version, news("Mine now"))));
        assertThrows(NotFoundException.class,
                () -> m.asMember(other, () -> m.articles.submit(uuid, version)));
        assertTrue(m.asMember(other, () -> m.articles.mine()).isEmpty());
        assertEquals("Owner's draft", stored(draft).getTitle());
        assertEquals(ArticleStatus.DRAFT, stored(draft).getStatus());
    }

    @Test
    void aMemberWritesOnlyForAttachedEntitiesAndByTheTypesRules() {
        String carol = m.member("en");
        Organisation mine = m.entity("Carol's");
        Organisation notMine = m.entity("Someone else's");
        m.attach(carol, mine);

        assertThrows(NotFoundException.class,
                () -> m.asMember(carol, () -> m.articles.create(notMine.getUuid(), news("X"))));
        InvalidInputException noStart = assertThrows(InvalidInputException.class,
                () -> m.asMember(carol, () -> m.articles.create(mine.getUuid(),
                        new ArticleDraft(ArticleType.EVENT, "Meet-up", null, null,
                                new EventDetails(), null, null))));
        assertEquals("event.start", noStart.errors().get(0).field());
        assertTrue(m.asMember(carol, () -> m.articles.mine()).isEmpty());

        EventDetails event = new EventDetails();
        event.setStart(Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        event.setTimeZone("Europe/Luxembourg");
        MemberArticle written = m.asMember(carol, () -> m.articles.create(mine.getUuid(),
                new ArticleDraft(ArticleType.EVENT, "Meet-up", null, null, event, null, null)));
        assertEquals(event.getStart(), stored(written).getEvent().orElseThrow().getStart());
    }

    @Test
    void anArticleAnAdministratorPublishedInTheEditorLeavesTheQueue() {
        String dan = m.member("en");
        Organisation org = m.entity("Editor-published");
        m.attach(dan, org);
        MemberArticle draft = m.asMember(dan,
                () -> m.articles.create(org.getUuid(), news("Fast track")));
        var uuid = draft.getArticle().getUuid();
        long seen = stored(draft).getVersion();
        m.asMember(dan, () -> m.articles.submit(uuid, seen));
        long waiting = m.asAdmin(() -> m.reviews.countWaiting());

        long submitted = stored(draft).getVersion();
        m.asAdmin(() -> m.services.workflow.transition(uuid, submitted, ArticleStatus.PUBLIC,
                null));

        assertEquals(waiting - 1, m.asAdmin(() -> m.reviews.countWaiting()));
        assertTrue(m.asAdmin(() -> m.reviews.waiting()).stream()
                .noneMatch(w -> w.getArticle().getUuid().equals(uuid)));
    }

    @Test
    void aMemberDeletesTheirOwnDraftButNotAnotherMembersOrOneInReview() {
        String owner = m.member("en");
        String other = m.member("en");
        Organisation org = m.entity("Deleting");
        m.attach(owner, org);
        m.attach(other, org);
        MemberArticle kept = m.asMember(owner, () -> m.articles.create(org.getUuid(),
                news("Submitted one")));
        MemberArticle dropped = m.asMember(owner, () -> m.articles.create(org.getUuid(),
                news("Dropped one")));
        var keptId = kept.getArticle().getUuid();
        var droppedId = dropped.getArticle().getUuid();
        long keptVersion = stored(kept).getVersion();
        m.asMember(owner, () -> m.articles.submit(keptId, keptVersion));
        long droppedVersion = stored(dropped).getVersion();

        assertThrows(NotFoundException.class, () -> m.asMember(other, () -> {
            m.articles.delete(droppedId, droppedVersion);
            return null;
        }));
        long submitted = stored(kept).getVersion();
        assertThrows(ConflictException.class, () -> m.asMember(owner, () -> {
            m.articles.delete(keptId, submitted);
            return null;
        }));
        m.asMember(owner, () -> {
            m.articles.delete(droppedId, droppedVersion);
            return null;
        });

        assertFalse(m.asAdmin(() -> m.services.articles.exists(droppedId)));
        assertTrue(m.asAdmin(() -> m.services.articles.exists(keptId)));
        assertEquals(List.of(keptId), m.asMember(owner, () -> m.articles.mine()).stream()
                .map(a -> a.getArticle().getUuid()).toList());
    }
}
