package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;

/** Approvals go through the author's account and need its author still active and attached. */
class MemberAuthorTest {

    private static Membership m;

    @BeforeAll
    static void start() {
        m = new Membership();
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    private static long accountVersion(String username) {
        return m.asAdmin(() -> ((Number) m.services.entityManager().createNativeQuery(
                "select version from account where username = ?1").setParameter(1, username)
                .getSingleResult()).longValue());
    }

    private static void sql(String statement, String username) {
        m.asAdmin(() -> m.services.entityManager().createNativeQuery(statement)
                .setParameter(1, username).executeUpdate());
    }

    private static void detach(String username) {
        sql("delete from account_entity where account_id ="
                + " (select id from account where username = ?1)", username);
    }

    private static void deactivate(String username) {
        sql("update account set active = false where username = ?1", username);
    }

    @Test
    void approvingARequestAttachesThroughTheAccountAndMovesItsVersionOn() {
        String ivy = m.member("en");
        Organisation org = m.entity("Versioned");
        long before = accountVersion(ivy);

        m.attach(ivy, org);

        assertEquals(before + 1, accountVersion(ivy));
        assertTrue(m.asMember(ivy, () -> m.entities.attached()).stream()
                .anyMatch(o -> o.getUuid().equals(org.getUuid())));
    }

    @Test
    void aChangeOfAMemberDetachedSinceCanOnlyBeDeclined() {
        String jo = m.member("en");
        Organisation org = m.entity("Detached author");
        m.attach(jo, org);
        m.withReview(true, () -> {
            Organisation live = m.asAdmin(() -> m.services.organisations.get(org.getUuid()));
            EntityEdit edit = EntityEdit.of(live);
            m.asMember(jo, () -> m.entities.edit(org.getUuid(), live.getVersion(),
                    new EntityEdit("Renamed by a leaver", edit.legalName(), edit.kind(),
                            edit.description(), edit.email(), edit.phone(), edit.websites(),
                            edit.addresses(), edit.logoHash())));
            EntityChange change = m.asMember(jo, () -> m.entities.waitingChange(org.getUuid()))
                    .orElseThrow();
            detach(jo);

            ConflictException refused = assertThrows(ConflictException.class, () -> m.asAdmin(
                    () -> m.changeQueue.approve(change.getUuid(), change.getVersion(), null)));
            assertEquals("author-detached", refused.kind());
            assertEquals(live.getName(),
                    m.asAdmin(() -> m.services.organisations.get(org.getUuid())).getName());
            m.asAdmin(() -> m.changeQueue.reject(change.getUuid(), change.getVersion(), "Gone"));
        });
    }

    @Test
    void anArticleOfADeactivatedMemberIsNotPublishedButCanBeDeclined() {
        String kim = m.member("en");
        Organisation org = m.entity("Deactivated author");
        m.attach(kim, org);
        UUID uuid = m.asMember(kim, () -> m.articles.create(org.getUuid(), new ArticleDraft(
                ArticleType.NEWS, "Leaver's news", null, "<p>Body</p>", null, null, null)))
                .getArticle().getUuid();
        long draft = m.asAdmin(() -> m.services.articles.get(uuid)).getVersion();
        m.asMember(kim, () -> m.articles.submit(uuid, draft));
        deactivate(kim);
        long version = m.asAdmin(() -> m.services.articles.get(uuid)).getVersion();

        ConflictException refused = assertThrows(ConflictException.class,
                () -> m.asAdmin(() -> m.reviews.publish(uuid, version, null)));
        assertEquals("author-detached", refused.kind());
        assertEquals(ArticleStatus.UNDER_REVIEW,
                m.asAdmin(() -> m.services.articles.get(uuid)).getStatus());
        m.asAdmin(() -> m.reviews.reject(uuid, version, "The author left"));
        assertEquals(ArticleStatus.DRAFT,
                m.asAdmin(() -> m.services.articles.get(uuid)).getStatus());
    }

    @Test
    void aRequestOfADeactivatedAccountIsNotApproved() {
        String lou = m.member("en");
        Organisation org = m.entity("Inactive asker");
        MemberRequest request = m.asMember(lou, () -> m.requests.requestAttachment(
                org.getUuid(), "I work there"));
        deactivate(lou);

        ConflictException refused = assertThrows(ConflictException.class, () -> m.asAdmin(
                () -> m.queue.approve(request.getUuid(), request.getVersion(), null)));
        assertEquals("author-detached", refused.kind());
        assertEquals(List.of(), m.asAdmin(() -> m.services.entityManager().createNativeQuery(
                "select organisation_id from account_entity where account_id ="
                + " (select id from account where username = ?1)").setParameter(1, lou)
                .getResultList()));
    }
}
