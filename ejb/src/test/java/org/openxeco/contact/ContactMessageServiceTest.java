package org.openxeco.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.testing.Wiring.set;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.ejb.SessionContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.Roles;
import org.openxeco.mail.Mail;
import org.openxeco.mail.MailTemplates;
import org.openxeco.notification.Notifications;
import org.openxeco.testing.Services;

/**
 * The contact form's service on the test database: a message passing every guard is kept as
 * plain text for the administrators to close; bad fields, a filled hidden field, a form sent
 * too fast or with a stamp from elsewhere, and a client past its limit store nothing.
 */
class ContactMessageServiceTest {

    private static Services services;
    private static final ContactMessages contact = new ContactMessages();
    private static final ContactLimits limits = new ContactLimits();
    private static final MailTemplates templates = new MailTemplates();
    /** Administrators' mails are kept here; {@code ContactNoticeTest} sends them. */
    private static final List<Mail> mails = new CopyOnWriteArrayList<>();
    private static final Notifications notices = new Notifications() {
        @Override
        protected void send(Mail mail, Map<String, String> headers) {
            mails.add(mail);
        }
    };
    private static String caller;
    private static Set<String> roles = Set.of();

    @BeforeAll
    static void start() {
        services = new Services();
        set(limits, "em", services.entityManager());
        set(limits, "window", Duration.ofHours(1));
        set(limits, "perClient", 2);
        set(contact, "em", services.entityManager());
        set(contact, "settings", services.settings);
        set(contact, "limits", limits);
        set(templates, "em", services.entityManager());
        set(notices, "em", services.entityManager());
        set(notices, "templates", templates);
        set(notices, "uris", services.uris);
        set(contact, "notifications", notices);
        set(contact, "minAge", Duration.ZERO);
        set(contact, "maxAge", Duration.ofHours(2));
        set(contact, "context", Proxy.newProxyInstance(SessionContext.class.getClassLoader(),
                new Class<?>[] {SessionContext.class}, (proxy, method, args) -> switch (
                        method.getName()) {
                    case "getCallerPrincipal" -> (Principal) () -> caller;
                    case "isCallerInRole" -> roles.contains((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void aMessageIsKeptAsPlainTextAndAnAdministratorClosesIt() {
        String subject = "Partnership " + UUID.randomUUID();
        send(form("Ann <b>Lee</b>", "ann@example.org", subject,
                "Hello,\r\n<script>alert(1)</script>\u0007 we would like to join."), "10.0.0.1");

        ContactMessage kept = openWith(subject);
        assertEquals("Ann <b>Lee</b>", kept.getName());
        assertEquals("Hello,\n<script>alert(1)</script> we would like to join.",
                kept.getMessage());
        asAdmin(() -> contact.close(kept.getUuid(), kept.getVersion()));
        assertTrue(services.asAdmin(() -> contact.open()).stream()
                .noneMatch(m -> m.getSubject().equals(subject)));
        assertThrows(ConflictException.class,
                () -> asAdmin(() -> contact.close(kept.getUuid(), kept.getVersion() + 1)));
    }

    @Test
    void theSameFormSentTwiceIsKeptOnceAndTheSecondSendingIsAnsweredAlike() {
        String subject = "Twice " + UUID.randomUUID();
        ContactForm form = form("Tom", "tom@example.org", subject, "Sent by a double click");

        send(form, "10.0.0.9");
        send(form, "10.0.0.9");

        assertEquals(1, services.asAdmin(() -> contact.open()).stream()
                .filter(m -> m.getSubject().equals(subject)).count());
        String other = "Other " + UUID.randomUUID();
        send(form("Tom", "tom@example.org", other, "A new form is a new message"), "10.0.0.9");
        assertEquals(1, services.asAdmin(() -> contact.open()).stream()
                .filter(m -> m.getSubject().equals(other)).count());
    }

    @Test
    void badFieldsAreAllNamedAndNothingIsKept() {
        long before = services.asAdmin(() -> contact.countOpen());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> send(form(" ", "not an address", "", "x".repeat(5001)), "10.0.0.2"));

        assertEquals(List.of("name", "subject", "message", "email"),
                refused.errors().stream().map(FieldError::field).toList());
        assertEquals(before, services.asAdmin(() -> contact.countOpen()));
    }

    @Test
    void aFilledHiddenFieldDropsTheMessageWithoutAWord() {
        long before = services.asAdmin(() -> contact.countOpen());
        String stamp = services.asVisitor(() -> contact.issueStamp());

        send(new ContactForm("Bot", "bot@example.org", "Buy", "Cheap", "https://spam", stamp),
                "10.0.0.3");

        assertEquals(before, services.asAdmin(() -> contact.countOpen()));
    }

    @Test
    void aFormSentTooFastOrWithAForeignStampIsRefused() {
        ContactForm forged = new ContactForm("Eve", "eve@example.org", "Hi", "Text", null,
                "1700000000000.abc");
        InvalidInputException foreign = assertThrows(InvalidInputException.class,
                () -> send(forged, "10.0.0.4"));
        assertTrue(foreign.errors().get(0).message().contains("not issued by this site"));

        set(contact, "minAge", Duration.ofHours(1));
        try {
            InvalidInputException fast = assertThrows(InvalidInputException.class,
                    () -> send(form("Eve", "eve@example.org", "Hi", "Text"), "10.0.0.4"));
            assertEquals("form", fast.errors().get(0).field());
            assertTrue(fast.errors().get(0).message().contains("faster than a person"));
        } finally {
            set(contact, "minAge", Duration.ZERO);
        }
    }

    @Test
    void aClientPastItsLimitIsRefusedWhileAnotherIsNot() {
        send(form("Max", "max@example.org", "One", "First"), "2001:db8:1:2::5");
        send(form("Max", "max@example.org", "Two", "Second"), "2001:db8:1:2::6");

        ConflictException limited = assertThrows(ConflictException.class,
                () -> send(form("Max", "max@example.org", "Three", "Third"), "2001:db8:1:2::7"));
        assertEquals("contact-limit", limited.kind());
        send(form("Max", "max@example.org", "Other", "From elsewhere"), "2001:db8:9::1");
    }

    @Test
    void onlyAdministratorsReadAndCloseMessages() {
        caller = "member-1";
        roles = Set.of(Roles.MEMBER);
        try {
            assertThrows(NotAllowedException.class, () -> services.asVisitor(() -> contact.open()));
            assertThrows(NotAllowedException.class, () -> services.asVisitor(
                    () -> contact.close(UUID.randomUUID(), 0)));
        } finally {
            caller = null;
            roles = Set.of();
        }
    }

    private static ContactForm form(String name, String email, String subject, String text) {
        return new ContactForm(name, email, subject, text, "",
                services.asVisitor(() -> contact.issueStamp()));
    }

    private static void send(ContactForm form, String client) {
        services.asVisitor(() -> {
            contact.send(form, client);
            return null;
        });
    }

    private static ContactMessage openWith(String subject) {
        return services.asAdmin(() -> contact.open()).stream()
                .filter(m -> m.getSubject().equals(subject)).findFirst().orElseThrow();
    }

    private static void asAdmin(Runnable work) {
        caller = "admin-1";
        roles = Set.of(Roles.ADMIN);
        try {
            services.asVisitor(() -> {
                work.run();
                return null;
            });
        } finally {
            caller = null;
            roles = Set.of();
        }
    }
}
