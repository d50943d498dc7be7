package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.kernel.ConflictException;

/** Members' work is never dropped silently with the entity or account it belongs to. */
class MemberWorkKeptTest {

    private static Membership m;

    @BeforeAll
    static void start() {
        m = new Membership();
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    private static void delete(Organisation org) {
        long version = m.asAdmin(() -> m.services.organisations.get(org.getUuid())).getVersion();
        m.asAdmin(() -> {
            m.services.organisations.delete(org.getUuid(), version);
            return null;
        });
    }

    private static boolean exists(Organisation org) {
        return m.asAdmin(() -> m.services.entityManager().createQuery(
                "select count(o) from Organisation o where o.uuid = :u", Long.class)
                .setParameter("u", org.getUuid().toString()).getSingleResult() > 0);
    }

    @Test
    void anEntityWithAWaitingRequestIsNotDeletedUntilTheRequestIsDecided() {
        String max = m.member("en");
        Organisation org = m.entity("Kept request");
        MemberRequest request = m.asMember(max, () -> m.requests.requestAttachment(
                org.getUuid(), "I work there"));

        ConflictException refused = assertThrows(ConflictException.class, () -> delete(org));
        assertEquals("in-use", refused.kind());
        assertTrue(exists(org));

        m.asAdmin(() -> m.queue.reject(request.getUuid(), request.getVersion(), "No"));
        delete(org);
        assertFalse(exists(org));
    }

    @Test
    void anEntityOrAccountWithAMembersArticleIsNotDeletedUnderIt() {
        String ned = m.member("en");
        Organisation org = m.entity("Kept article");
        m.attach(ned, org);
        MemberArticle written = m.asMember(ned, () -> m.articles.create(org.getUuid(),
                new ArticleDraft(ArticleType.NEWS, "Kept", null, "<p>B</p>", null, null, null)));

        assertThrows(ConflictException.class, () -> delete(org));
        assertThrows(RuntimeException.class, () -> m.asAdmin(() -> m.services.entityManager()
                .createNativeQuery("delete from account where username = ?1")
                .setParameter(1, ned).executeUpdate()));
        assertEquals(written.getArticle().getUuid(), m.asMember(ned,
                () -> m.articles.mine(written.getArticle().getUuid())).getArticle().getUuid());
    }

    @Test
    void aProposalNamedAgainWithoutItsSurroundingSpacesIsADuplicate() {
        String ola = m.member("en");
        String name = "Spaced " + UUID.randomUUID().toString().substring(0, 6);
        m.asMember(ola, () -> m.requests.proposeEntity(new ProposedEntity("  " + name + " ",
                OrganisationKind.COMPANY, "LU", null, null, null), "I founded it"));

        ConflictException again = assertThrows(ConflictException.class, () -> m.asMember(ola,
                () -> m.requests.proposeEntity(new ProposedEntity(name, OrganisationKind.COMPANY,
                        "LU", null, null, null), "Once more")));
        assertEquals("duplicate-request", again.kind());
    }
}
