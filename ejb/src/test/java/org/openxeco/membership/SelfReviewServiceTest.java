package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.SelfReviewException;

/**
 * An administrator who is also a member never decides their own work: not their request,
 * not their change to an entity, not their article, in the queue or in the article editor.
 * Another administrator can.
 */
class SelfReviewServiceTest {

    private static Membership m;

    @BeforeAll
    static void start() {
        m = new Membership();
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    @Test
    void anAdministratorCannotDecideTheirOwnRequest() {
        String both = m.adminMember();
        Organisation org = m.entity("Own request");
        MemberRequest asked = m.asMember(both,
                () -> m.requests.requestAttachment(org.getUuid(), "I work there"));

        SelfReviewException refused = assertThrows(SelfReviewException.class, () -> m.asAdmin(
                both, () -> m.queue.approve(asked.getUuid(), asked.getVersion(), null)));
        assertThrows(SelfReviewException.class, () -> m.asAdmin(
                both, () -> m.queue.reject(asked.getUuid(), asked.getVersion(), null)));

        assertEquals("self-review", refused.kind());
        assertEquals(RequestStatus.PENDING,
                m.asMember(both, () -> m.requests.mine(asked.getUuid())).getStatus());
        m.asAdmin("another-admin", () -> m.queue.approve(asked.getUuid(), asked.getVersion(),
                null));
        assertEquals(RequestStatus.APPROVED,
                m.asMember(both, () -> m.requests.mine(asked.getUuid())).getStatus());
    }

    @Test
    void anAdministratorCannotApproveTheirOwnEntityChange() {
        String both = m.adminMember();
        Organisation org = m.entity("Own change");
        m.attach(both, org);
        m.withReview(true, () -> {
            EntityEdit edit = EntityEdit.of(org);
            m.asMember(both, () -> m.entities.edit(org.getUuid(), org.getVersion(),
                    new EntityEdit("Renamed by myself", null, edit.kind(), null, null, null,
                            List.of(), edit.addresses(), null)));
            EntityChange change = m.asMember(both,
                    () -> m.entities.waitingChange(org.getUuid())).orElseThrow();

            assertThrows(SelfReviewException.class, () -> m.asAdmin(both,
                    () -> m.changeQueue.approve(change.getUuid(), change.getVersion(), null)));

            assertEquals(org.getName(), m.asAdmin(
                    () -> m.services.organisations.get(org.getUuid())).getName());
            m.asAdmin("another-admin", () -> m.changeQueue.approve(change.getUuid(),
                    change.getVersion(), null));
            assertEquals("Renamed by myself", m.asAdmin(
                    () -> m.services.organisations.get(org.getUuid())).getName());
        });
    }

    @Test
    void anAdministratorCannotPublishArchiveSendBackOrRewriteTheirOwnArticleAsAdmin() {
        String both = m.adminMember();
        Organisation org = m.entity("Own article");
        m.attach(both, org);
        MemberArticle draft = m.asMember(both, () -> m.articles.create(org.getUuid(),
                new ArticleDraft(ArticleType.NEWS, "My own news", null, "<p>Hi</p>", null, null,
                        null)));
        Article sent = m.asMember(both, () -> m.articles.submit(draft.getArticle().getUuid(),
                draft.getArticle().getVersion())).getArticle();

        assertThrows(SelfReviewException.class, () -> m.asAdmin(both,
                () -> m.reviews.publish(sent.getUuid(), sent.getVersion(), null)));
        assertThrows(SelfReviewException.class, () -> m.asAdmin(both,
                () -> m.services.workflow.transition(sent.getUuid(), sent.getVersion(),
                        ArticleStatus.PUBLIC, null)));
        Article stored = m.asAdmin(() -> m.services.articles.get(sent.getUuid()));
        stored.setStatus(ArticleStatus.PUBLIC);
        assertThrows(SelfReviewException.class, () -> m.asAdmin(both,
                () -> m.services.articles.update(sent.getUuid(), sent.getVersion(), stored,
                        null)));

        for (ArticleStatus other : List.of(ArticleStatus.ARCHIVED, ArticleStatus.DRAFT)) {
            assertThrows(SelfReviewException.class, () -> m.asAdmin(both,
                    () -> m.services.workflow.transition(sent.getUuid(), sent.getVersion(),
                            other, null)), "no " + other + " by the author either");
        }
        Article rewritten = m.asAdmin(() -> m.services.articles.get(sent.getUuid()));
        rewritten.setBody("<p>Changed without review</p>");
        assertThrows(SelfReviewException.class, () -> m.asAdmin(both,
                () -> m.services.articles.update(sent.getUuid(), sent.getVersion(), rewritten,
                        null)));

        Article unchanged = m.asAdmin(() -> m.services.articles.get(sent.getUuid()));
        assertEquals(ArticleStatus.UNDER_REVIEW, unchanged.getStatus());
        assertEquals("<p>Hi</p>", unchanged.getBody());
        m.asAdmin("another-admin", () -> m.reviews.publish(sent.getUuid(), sent.getVersion(),
                null));
        assertEquals(ArticleStatus.PUBLIC,
                m.asAdmin(() -> m.services.articles.get(sent.getUuid())).getStatus());
    }
}
