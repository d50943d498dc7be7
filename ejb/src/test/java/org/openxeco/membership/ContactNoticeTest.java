package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.testing.Wiring.set;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.contact.ContactForm;
import org.openxeco.contact.ContactLimits;
import org.openxeco.contact.ContactMessages;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.mail.Mail;
import org.openxeco.mail.MailFailure;
import org.openxeco.mail.Mailer;
import org.openxeco.notification.Notification;
import org.openxeco.notification.NotificationTopic;
import org.openxeco.notification.Notifications;

/**
 * A message sent through the contact form reaches the node's administrators as each chose:
 * by mail through a real SMTP server (GreenMail), in their language and answered to the
 * sender, in the portal, or not at all. Members and inactive administrators hear nothing, a
 * refused message mails nobody, and only administrators may choose the topic.
 */
class ContactNoticeTest {

    private static GreenMail smtp;
    private static Membership m;
    private static Mailer mailer;
    private static final ContactMessages contact = new ContactMessages();
    private static final ContactLimits limits = new ContactLimits();
    private static final Notifications notices = new Notifications() {
        @Override
        protected void send(Mail mail, Map<String, String> headers) {
            mailer.sendNow(mail, null, headers);
        }
    };

    @BeforeAll
    static void start() throws ReflectiveOperationException {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
                .dynamicPort());
        smtp.start();
        m = new Membership();
        mailer = new Mailer();
        set(mailer, "host", "127.0.0.1");
        set(mailer, "port", smtp.getSmtp().getPort());
        set(mailer, "from", "node@example.org");
        set(mailer, "username", " ");
        set(mailer, "password", " ");
        set(mailer, "startTls", false);
        set(mailer, "timeout", Duration.ofSeconds(10));
        Method connect = Mailer.class.getDeclaredMethod("connect");
        connect.setAccessible(true);
        connect.invoke(mailer);

        set(notices, "uris", m.services.uris);
        set(notices, "templates", m.templates);
        set(notices, "em", m.services.entityManager());
        set(notices, "context", m.caller);
        set(limits, "em", m.services.entityManager());
        set(limits, "window", Duration.ofHours(1));
        set(limits, "perClient", 50);
        set(contact, "em", m.services.entityManager());
        set(contact, "settings", m.services.settings);
        set(contact, "limits", limits);
        set(contact, "notifications", notices);
        set(contact, "minAge", Duration.ZERO);
        set(contact, "maxAge", Duration.ofHours(2));
        set(contact, "context", m.caller);
    }

    @AfterAll
    static void stop() {
        m.close();
        smtp.stop();
    }

    @Test
    void everyActiveAdministratorIsToldAsTheyChoseAndNoOneElse() throws Exception {
        String byMail = m.adminMember();
        String french = m.adminMember();
        m.services.asVisitor(() -> m.services.entityManager().createNativeQuery("update account"
                + " set language = 'fr' where username = ?1").setParameter(1, french)
                .executeUpdate());
        String inPortal = m.adminMember();
        m.asAdmin(inPortal, () -> {
            notices.choose(List.of(new NotificationTopic.Choice(
                    NotificationTopic.CONTACT_MESSAGES, true, false)));
            return null;
        });
        String inactive = m.adminMember();
        m.services.asVisitor(() -> m.services.entityManager().createNativeQuery("update account"
                + " set active = false where username = ?1").setParameter(1, inactive)
                .executeUpdate());
        String member = m.member("en");
        String subject = "Joining the cluster " + UUID.randomUUID();

        send(new ContactForm("Ann Lee", "ann.lee@example.org", subject,
                "Hello,\nwe make {link} sensors and $1 chips.", "", stamp()), "10.1.0.1");

        MimeMessage english = only(mailsTo(byMail), byMail);
        assertEquals("Contact message: " + subject, english.getSubject());
        Address[] replyTo = english.getReplyTo();
        assertEquals(1, replyTo.length);
        assertEquals("ann.lee@example.org", ((InternetAddress) replyTo[0]).getAddress());
        String body = GreenMailUtil.getBody(english).replace("\r\n", "\n");
        assertTrue(body.contains("Ann Lee <ann.lee@example.org>"), body);
        assertTrue(body.contains("Hello,\nwe make {link} sensors and $1 chips."), body);
        assertTrue(body.contains(m.services.uris.baseUrl() + "/admin/members/queue.xhtml"), body);
        assertEquals("Message de contact\u00a0: " + subject,
                only(mailsTo(french), french).getSubject());
        assertTrue(mailsTo(inPortal).isEmpty(), "chose the portal only");
        assertTrue(mailsTo(inactive).isEmpty(), "inactive");
        assertTrue(mailsTo(member).isEmpty(), "a member is no administrator");

        List<Notification> shown = m.asAdmin(inPortal, () -> notices.mine(10));
        assertEquals(1, shown.size());
        assertEquals("contact.received", shown.get(0).getKind());
        assertEquals(subject, shown.get(0).getAbout());
        assertTrue(m.asAdmin(byMail, () -> notices.mine(10)).isEmpty(), "chose mail only");
    }

    @Test
    void aRefusedMessageTellsNobody() throws Exception {
        String admin = m.adminMember();

        assertThrows(InvalidInputException.class, () -> send(new ContactForm("Bob",
                "not an address", "Hello", "Text", "", stamp()), "10.1.0.2"));

        assertTrue(mailsTo(admin).isEmpty());
        assertTrue(m.asAdmin(admin, () -> notices.mine(10)).isEmpty());
    }

    @Test
    void aHeaderFieldWithALineBreakIsRefusedAndNothingIsSent() throws Exception {
        int before = smtp.getReceivedMessages().length;

        assertThrows(MailFailure.class, () -> mailer.sendNow(new Mail("contact.received",
                "someone@example.org", "Hello", "Text"), null,
                Map.of("Reply-To", "ann@example.org\r\nBcc: everyone@example.org")));

        assertEquals(before, smtp.getReceivedMessages().length);
    }

    @Test
    void onlyAdministratorsSeeAndChooseTheTopic() {
        String member = m.member("en");

        assertFalse(m.asMember(member, () -> notices.choices()).stream()
                .anyMatch(c -> c.topic() == NotificationTopic.CONTACT_MESSAGES));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> m.asMember(member, () -> {
                    notices.choose(List.of(new NotificationTopic.Choice(
                            NotificationTopic.NEW_FORMS, false, true),
                            new NotificationTopic.Choice(NotificationTopic.CONTACT_MESSAGES,
                                    true, true)));
                    return null;
                }));
        assertEquals("topic", refused.errors().get(0).field());
        assertEquals(NotificationTopic.NEW_FORMS.byDefault(), m.asMember(member,
                () -> notices.choices()).stream()
                .filter(c -> c.topic() == NotificationTopic.NEW_FORMS).findFirst().orElseThrow(),
                "nothing of the refused choices was stored");

        String admin = m.adminMember();
        assertEquals(NotificationTopic.CONTACT_MESSAGES.byDefault(), m.asAdmin(admin,
                () -> notices.choices()).stream()
                .filter(c -> c.topic() == NotificationTopic.CONTACT_MESSAGES).findFirst()
                .orElseThrow());
    }

    private static String stamp() {
        return m.services.asVisitor(() -> contact.issueStamp());
    }

    private static void send(ContactForm form, String client) {
        m.services.asVisitor(() -> {
            contact.send(form, client);
            return null;
        });
    }

    /** The mails the SMTP server received for the account so far. */
    private static List<MimeMessage> mailsTo(String username) throws Exception {
        String address = username + "@example.org";
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients())
                        .anyMatch(r -> ((InternetAddress) r).getAddress().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage only(List<MimeMessage> mails, String username) {
        assertEquals(1, mails.size(), "mails to " + username);
        return mails.get(0);
    }
}
