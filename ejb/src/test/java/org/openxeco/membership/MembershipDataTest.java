package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.account.Account;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;

/**
 * A member's requests, changes and articles appear in "export my data", and deleting the
 * account removes them — keeping published articles with their entity, removing drafts —
 * so that the account row itself can go.
 */
class MembershipDataTest {

    private static Membership m;
    private static final MembershipData data = new MembershipData();

    @BeforeAll
    static void start() throws ReflectiveOperationException {
        m = new Membership();
        Field em = MembershipData.class.getDeclaredField("em");
        em.set(data, m.services.entityManager());
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    private static Account account(String username) {
        return m.services.entityManager().createQuery("select a from Account a where"
                + " a.username = :u", Account.class).setParameter("u", username)
                .getSingleResult();
    }

    private static long count(String entity, UUID article) {
        return m.services.entityManager().createQuery("select count(a) from " + entity
                + " a where a.uuid = :u", Long.class).setParameter("u", article.toString())
                .getSingleResult();
    }

    @Test
    void exportListsTheMembersWorkAndForgettingLetsTheAccountGo() {
        String ada = m.member("en");
        Organisation org = m.entity("Data section");
        m.attach(ada, org);
        MemberArticle draft = m.asMember(ada, () -> m.articles.create(org.getUuid(),
                new ArticleDraft(ArticleType.NEWS, "Unseen draft", null, "<p>D</p>", null,
                        null, null)));
        MemberArticle published = m.asMember(ada, () -> m.articles.saveAndSubmit(
                org.getUuid(), null, 0, new ArticleDraft(ArticleType.NEWS, "Seen news", null,
                        "<p>P</p>", null, null, null)));
        m.asAdmin(() -> m.reviews.publish(published.getArticle().getUuid(),
                published.getArticle().getVersion(), null));

        JsonObject exported = m.asMember(ada, () -> data.export(account(ada))).asJsonObject();
        assertEquals(1, exported.getJsonArray("requests").size());
        assertEquals("APPROVED", exported.getJsonArray("requests").getJsonObject(0)
                .getString("status"));
        assertEquals(2, exported.getJsonArray("articles").size());
        assertTrue(exported.toString().contains("Unseen draft"));
        assertTrue(exported.toString().contains("Seen news"));

        m.asAdmin(() -> {
            Account account = account(ada);
            data.forget(account);
            m.services.entityManager().remove(account);
            m.services.entityManager().flush();
            return null;
        });
        m.asAdmin(() -> {
            assertEquals(0, m.services.entityManager().createQuery("select count(a) from"
                    + " Account a where a.username = :u", Long.class).setParameter("u", ada)
                    .getSingleResult());
            assertEquals(0, count("Article", draft.getArticle().getUuid()));
            assertEquals(1, count("Article", published.getArticle().getUuid()));
            assertFalse(m.services.entityManager().createQuery("select r from MemberRequest r"
                    + " where r.account.username = :u", MemberRequest.class)
                    .setParameter("u", ada).getResultList().iterator().hasNext());
            return null;
        });
    }
}
