package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.mail.Mail;
import org.openxeco.mail.MailKind;
import org.openxeco.mail.MailTemplates;
import org.openxeco.mail.TemplateText;

/**
 * Administrators' mail templates on the test database: an edited template is what the node
 * sends, only in its language, until it is reset; a template missing a needed placeholder or
 * naming an unknown one is refused and changes nothing; members may not touch templates.
 */
class MailTemplateServiceTest {

    private static Membership m;

    @BeforeAll
    static void start() {
        m = new Membership();
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    @AfterEach
    void resetAll() {
        for (MailKind kind : MailKind.values()) {
            for (String language : MailTemplates.LANGUAGES) {
                m.asAdmin(() -> m.templates.reset(kind, language));
            }
        }
    }

    @Test
    void anEditedFrenchDecisionTemplateIsSentToFrenchMembersOnlyUntilReset() {
        m.asAdmin(() -> m.templates.save(MailKind.REQUEST_APPROVED, "fr",
                "Bienvenue chez {about}", "Bonne nouvelle : {about} vous attend.\n{message}\n{link}\n"));
        String french = m.member("fr");
        String english = m.member("en");
        approve(french, "Edited fr");
        approve(english, "Edited en");

        Mail fr = m.mailsTo(french).get(0);
        assertTrue(fr.subject().startsWith("Bienvenue chez Edited fr"), fr.subject());
        assertTrue(fr.text().contains("vous attend"), fr.text());
        assertTrue(fr.text().contains("https://node.example.org/my/requests.xhtml"), fr.text());
        assertTrue(m.mailsTo(english).get(0).subject().startsWith("Your request about"));

        TemplateText reset = m.asAdmin(() -> m.templates.reset(MailKind.REQUEST_APPROVED, "fr"));
        assertFalse(reset.edited());
        String later = m.member("fr");
        approve(later, "After reset");
        assertTrue(m.mailsTo(later).get(0).subject().contains("acceptée"));
    }

    @Test
    void aVerificationTemplateWithoutItsLinkIsRefusedAndTheStoredOneStays() {
        m.asAdmin(() -> m.templates.save(MailKind.ACCOUNT_VERIFY, "de", "Willkommen {name}",
                "Bitte hier, {user}: {link}"));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> m.asAdmin(() -> m.templates.save(MailKind.ACCOUNT_VERIFY, "de",
                        "Willkommen", "Kein Link, aber {lnk} für {user}")));
        List<String> fields = refused.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("body", "body"), fields);
        assertTrue(refused.errors().stream().anyMatch(e -> e.message().contains("{link}")
                && e.message().contains("needed")), refused.errors().toString());
        assertTrue(refused.errors().stream().anyMatch(e -> e.message().contains("{lnk}")));

        TemplateText kept = m.asAdmin(() -> m.templates.get(MailKind.ACCOUNT_VERIFY, "de"));
        assertEquals("Bitte hier, {user}: {link}", kept.body());
        assertTrue(kept.edited());
        Mail sent = m.services.asVisitor(() -> m.templates.compose(MailKind.ACCOUNT_VERIFY,
                Locale.GERMAN, "a@example.org", Map.of("name", "Ann", "link", "https://x/v",
                        "user", "ann")));
        assertEquals("Willkommen Ann", sent.subject());
        assertEquals("Bitte hier, ann: https://x/v", sent.text());
    }

    @Test
    void aBraceThatFormsNoPlaceholderIsRefusedAndNamed() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> m.asAdmin(() -> m.templates.save(MailKind.ACCOUNT_RESET, "en",
                        "Reset {LINK}", "Open { link } or {link\nfor {user}: {link}")));

        List<String> named = refused.errors().stream().map(e -> e.field() + " "
                + e.message().substring(0, e.message().indexOf(" is not a placeholder")))
                .toList();
        assertEquals(List.of("subject {LINK}", "body { link }", "body {link"), named);
        assertTrue(refused.errors().get(0).message().contains("{link}, {minutes}"),
                refused.errors().get(0).message());
        assertFalse(m.asAdmin(() -> m.templates.get(MailKind.ACCOUNT_RESET, "en")).edited());
    }

    @Test
    void theVerificationMailKeepsTheUserNameAndADecisionMailTheMessageAndTheName() {
        InvalidInputException verify = assertThrows(InvalidInputException.class,
                () -> m.asAdmin(() -> m.templates.save(MailKind.ACCOUNT_VERIFY, "en",
                        "Welcome {name}", "Confirm: {link}")));
        assertEquals(List.of("body"), verify.errors().stream().map(FieldError::field).toList());
        assertTrue(verify.errors().get(0).message().contains("{user}"));

        for (MailKind decision : List.of(MailKind.REQUEST_APPROVED, MailKind.CHANGE_REJECTED,
                MailKind.ARTICLE_CHANGES)) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> m.asAdmin(() -> m.templates.save(decision, "en", "Decided",
                            "See {link}")));
            assertEquals(List.of("{about}", "{message}"), refused.errors().stream()
                    .map(e -> e.message().substring(e.message().indexOf('{'),
                            e.message().indexOf('}') + 1)).sorted().toList(), decision.key());
            assertFalse(m.asAdmin(() -> m.templates.get(decision, "en")).edited());
        }
    }

    @Test
    void emptyTextsAnUnknownLanguageAndATwoLineSubjectAreRefused() {
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> m.asAdmin(() -> m.templates.save(MailKind.ACCOUNT_RESET, "en", " ", "")));
        assertEquals(List.of("subject", "body", "body"), empty.errors().stream()
                .map(FieldError::field).toList());
        assertThrows(InvalidInputException.class, () -> m.asAdmin(
                () -> m.templates.save(MailKind.ACCOUNT_RESET, "it", "Ciao", "{link}")));
        assertThrows(InvalidInputException.class, () -> m.asAdmin(
                () -> m.templates.save(MailKind.ACCOUNT_RESET, "en", "Two\nlines", "{link}")));
        assertFalse(m.asAdmin(() -> m.templates.get(MailKind.ACCOUNT_RESET, "en")).edited());
    }

    @Test
    void aPreviewFillsExampleValuesAndStoresNothing() {
        Mail preview = m.asAdmin(() -> m.templates.preview(MailKind.ACCOUNT_RESET, "en",
                "New password for {user}", "Open {link} within {minutes} minutes"));

        assertEquals("New password for alex", preview.subject());
        assertTrue(preview.text().startsWith("Open https://node.example.org/"), preview.text());
        assertTrue(preview.text().endsWith("within 30 minutes"));
        assertFalse(m.asAdmin(() -> m.templates.get(MailKind.ACCOUNT_RESET, "en")).edited());
    }

    @Test
    void membersNeitherReadNorChangeTemplates() {
        String member = m.member("en");

        assertThrows(NotAllowedException.class, () -> m.asMember(member,
                () -> m.templates.list("en")));
        assertThrows(NotAllowedException.class, () -> m.asMember(member,
                () -> m.templates.save(MailKind.ACCOUNT_VERIFY, "en", "x", "{link}")));
        assertThrows(NotAllowedException.class, () -> m.asMember(member,
                () -> m.templates.reset(MailKind.ACCOUNT_VERIFY, "en")));
        assertEquals(MailKind.values().length, m.asAdmin(() -> m.templates.list("fr")).size());
    }

    private void approve(String member, String name) {
        Organisation org = m.entity(name);
        MemberRequest request = m.asMember(member,
                () -> m.requests.requestAttachment(org.getUuid(), "Mine"));
        m.asAdmin(() -> m.queue.approve(request.getUuid(), request.getVersion(), null));
    }
}
