package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.mail.Mail;
import org.openxeco.mail.MailKind;
import org.openxeco.notification.Notification;
import org.openxeco.notification.NotificationTopic;
import org.openxeco.notification.NotificationTopic.Choice;

/**
 * Members' notifications on the test database: decisions and reviews reach the member in the
 * portal and by mail as they chose, read marks stay with their owner, and a new form reaches
 * the members who asked for it, each the way they asked.
 */
class NotificationServiceTest {

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
    void aRequestDecisionIsShownInThePortalAndMailedByDefault() {
        String member = m.member("de");
        Organisation org = m.entity("Notified");
        m.attach(member, org);

        List<Notification> mine = m.asMember(member, () -> m.notices.mine(10));
        assertEquals(1, mine.size());
        assertEquals("request.approved", mine.get(0).getKind());
        assertEquals(org.getName(), mine.get(0).getAbout());
        assertEquals("/my/requests.xhtml", mine.get(0).getLink());
        assertFalse(mine.get(0).isRead());
        assertEquals(1L, m.asMember(member, () -> m.notices.unread()));
        assertEquals(1, m.mailsTo(member).size());
        assertTrue(m.mailsTo(member).get(0).subject().contains("angenommen"));
    }

    @Test
    void aMemberWhoChosePortalOnlyGetsNoMailAndOneWhoChoseNeitherGetsNothing() {
        String portalOnly = m.member("en");
        String neither = m.member("en");
        choose(portalOnly, new Choice(NotificationTopic.REQUEST_DECISIONS, true, false));
        choose(neither, new Choice(NotificationTopic.REQUEST_DECISIONS, false, false));

        m.attach(portalOnly, m.entity("Portal only"));
        m.attach(neither, m.entity("Neither"));

        assertEquals(1, m.asMember(portalOnly, () -> m.notices.mine(10)).size());
        assertTrue(m.mailsTo(portalOnly).isEmpty());
        assertTrue(m.asMember(neither, () -> m.notices.mine(10)).isEmpty());
        assertTrue(m.mailsTo(neither).isEmpty());
        assertEquals(new Choice(NotificationTopic.REQUEST_DECISIONS, true, false),
                m.asMember(portalOnly, () -> m.notices.choices()).get(0));
    }

    @Test
    void anArticleReviewStepReachesItsAuthorByMailOnlyWhenChosenSo() {
        String author = m.member("fr");
        Organisation org = m.entity("Reviewed");
        m.attach(author, org);
        choose(author, new Choice(NotificationTopic.ARTICLE_REVIEWS, false, true));
        int mailsBefore = m.mailsTo(author).size();
        int noticesBefore = m.asMember(author, () -> m.notices.mine(10)).size();
        MemberArticle draft = m.asMember(author, () -> m.articles.create(org.getUuid(),
                new ArticleDraft(ArticleType.NEWS, "Notified news", "Short", "<p>Body</p>",
                        null, null, null)));
        UUID article = draft.getArticle().getUuid();
        long drafted = version(article);
        m.asMember(author, () -> m.articles.submit(article, drafted));

        long submitted = version(article);
        m.asAdmin(() -> m.reviews.requestChanges(article, submitted, "Shorter please"));

        assertEquals(noticesBefore, m.asMember(author, () -> m.notices.mine(10)).size());
        List<Mail> mails = m.mailsTo(author);
        assertEquals(mailsBefore + 1, mails.size());
        assertTrue(mails.get(mails.size() - 1).text().contains("Shorter please"));
    }

    @Test
    void readMarksBelongToTheirOwner() {
        String owner = m.member("en");
        String other = m.member("en");
        m.attach(owner, m.entity("First"));
        m.attach(owner, m.entity("Second"));
        List<Notification> mine = m.asMember(owner, () -> m.notices.mine(10));
        assertEquals(2, mine.size());

        assertThrows(NotFoundException.class, () -> m.asMember(other,
                () -> run(() -> m.notices.markRead(mine.get(0).getUuid()))));
        m.asMember(owner, () -> run(() -> m.notices.markRead(mine.get(0).getUuid())));
        assertEquals(1L, m.asMember(owner, () -> m.notices.unread()));
        assertEquals(1, m.asMember(owner, () -> m.notices.markAllRead()));
        assertEquals(0L, m.asMember(owner, () -> m.notices.unread()));
        assertThrows(NotAllowedException.class, () -> m.services.asVisitor(
                () -> m.notices.unread()));
    }

    @Test
    void aNewFormReachesEachMemberAsTheyChose() {
        String byDefault = m.member("en");
        String both = m.member("fr");
        String none = m.member("en");
        choose(both, new Choice(NotificationTopic.NEW_FORMS, true, true));
        choose(none, new Choice(NotificationTopic.NEW_FORMS, false, false));

        UUID form = UUID.randomUUID();
        int told = m.asAdmin(() -> m.notices.notifyNewForm("Survey 2026", form, false));

        assertTrue(told >= 2, "told " + told);
        Notification seen = m.asMember(byDefault, () -> m.notices.mine(10)).get(0);
        assertEquals("form.published", seen.getKind());
        assertEquals("Survey 2026", seen.getAbout());
        assertTrue(m.mailsTo(byDefault).isEmpty());
        assertEquals(1, m.asMember(both, () -> m.notices.mine(10)).size());
        Mail mail = m.mailsTo(both).get(0);
        assertEquals("Nouveau formulaire\u00a0: Survey 2026", mail.subject());
        assertTrue(mail.text().contains(
                "https://node.example.org/my/forms/answer.xhtml?id=" + form));
        assertTrue(m.asMember(none, () -> m.notices.mine(10)).isEmpty());
        assertTrue(m.mailsTo(none).isEmpty());
    }

    @Test
    void membersCannotSendNotificationsThemselves() {
        String member = m.member("en");

        assertThrows(NotAllowedException.class, () -> m.asMember(member,
                () -> m.notices.notifyNewForm("Fake", UUID.randomUUID(), false)));
        assertThrows(NotAllowedException.class, () -> m.asMember(member, () -> run(() ->
                m.notices.tell(null, MailKind.FORM_PUBLISHED, "Fake", null, "/x"))));
    }

    private static void choose(String member, Choice choice) {
        m.asMember(member, () -> run(() -> m.notices.choose(List.of(choice))));
    }

    private static long version(UUID article) {
        return m.asAdmin(() -> m.services.articles.get(article).getVersion());
    }

    private static Object run(Runnable work) {
        work.run();
        return null;
    }
}
