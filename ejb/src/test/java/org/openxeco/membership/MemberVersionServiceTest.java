package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.account.Account;
import org.openxeco.content.Article;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Address;
import org.openxeco.directory.Organisation;

/**
 * One change a member makes to their entity or article, and the approval of their request,
 * raises the stored version of what changed by exactly one.
 */
class MemberVersionServiceTest {

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
    void aLiveEditOfTheMembersEntity() {
        m.withReview(false, () -> {
            String alice = m.member("en");
            Organisation org = m.entity("Own");
            m.attach(alice, org);
            Organisation before = live(org);
            EntityEdit edit = new EntityEdit(before.getName() + " renamed", null,
                    before.getKind(), "<p>Text</p>", null, null, List.of(),
                    List.of(new Address(null, null, "Metz", null, "FR")), null);

            assertEquals(MemberEntities.Outcome.LIVE, m.asMember(alice,
                    () -> m.entities.edit(org.getUuid(), before.getVersion(), edit)));

            assertEquals(before.getVersion() + 1, live(org).getVersion());
        });
    }

    @Test
    void anEditOfTheMembersDraft() {
        String bob = m.member("en");
        Organisation org = m.entity("Drafts");
        m.attach(bob, org);
        MemberArticle written = m.asMember(bob, () -> m.articles.create(org.getUuid(),
                news("First words")));
        Article before = written.getArticle();

        MemberArticle changed = m.asMember(bob, () -> m.articles.update(before.getUuid(),
                before.getVersion(), news("Better words")));

        assertOneStep(before, changed.getArticle());
    }

    @Test
    void savingAndSubmittingADraftIsOneChange() {
        String carol = m.member("en");
        Organisation org = m.entity("Submits");
        m.attach(carol, org);
        Article before = m.asMember(carol, () -> m.articles.create(org.getUuid(),
                news("Draft"))).getArticle();

        MemberArticle sent = m.asMember(carol, () -> m.articles.saveAndSubmit(org.getUuid(),
                before.getUuid(), before.getVersion(), news("Final")));

        assertOneStep(before, sent.getArticle());
        assertEquals(ArticleStatus.UNDER_REVIEW, stored(before).getStatus());
    }

    @Test
    void aNewDraftSavedAndSubmittedAtOnceIsStoredOnce() {
        String dave = m.member("en");
        Organisation org = m.entity("Fresh");
        m.attach(dave, org);
        Article drafted = m.asMember(dave, () -> m.articles.create(org.getUuid(),
                news("Only saved"))).getArticle();

        MemberArticle sent = m.asMember(dave, () -> m.articles.saveAndSubmit(org.getUuid(),
                null, 0, news("Saved and sent")));

        assertEquals(drafted.getVersion(), sent.getArticle().getVersion());
        assertEquals(drafted.getVersion(), stored(sent.getArticle()).getVersion());
    }

    @Test
    void approvingAnAttachmentMovesTheAccountOnByOne() {
        String erin = m.member("en");
        long before = account(erin).getVersion();

        m.attach(erin, m.entity("Joined"));

        assertEquals(before + 1, account(erin).getVersion());
    }

    private static void assertOneStep(Article before, Article answered) {
        long stored = stored(before).getVersion();
        assertEquals(before.getVersion() + 1, stored, "stored version after one change");
        assertEquals(stored, answered.getVersion(), "version the service answered with");
    }

    private static ArticleDraft news(String title) {
        return new ArticleDraft(ArticleType.NEWS, title + " " + UUID.randomUUID()
                .toString().substring(0, 6), "Short", "<p>Body</p>", null, null, null);
    }

    private static Organisation live(Organisation o) {
        return m.asAdmin(() -> m.services.organisations.get(o.getUuid()));
    }

    private static Article stored(Article a) {
        return m.asAdmin(() -> m.services.articles.get(a.getUuid()));
    }

    private static Account account(String username) {
        return m.asAdmin(() -> m.services.entityManager().createQuery("select a from Account a"
                + " where a.username = :u", Account.class).setParameter("u", username)
                .getSingleResult());
    }
}
