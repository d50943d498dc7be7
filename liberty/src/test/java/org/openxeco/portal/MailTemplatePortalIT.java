package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openxeco.it.Mailbox;
import org.openxeco.it.Node;

/**
 * An administrator edits the French sign-up mail in the admin portal: a text without the
 * confirmation link is refused with the reason next to the text and nothing typed is lost,
 * the preview fills example values, and once saved a visitor signing up in French receives
 * the edited mail through the real mail server. The template is reset at the end.
 */
class MailTemplatePortalIT {

    private static final String PASSWORD = "Template-Member-Pass-7";

    @BeforeAll
    static void nodeHasStarted() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Mailbox.start();
        Node.awaitStarted();
    }

    @Test
    void anEditedFrenchVerificationMailIsWhatAFrenchVisitorReceives() {
        String marker = "gabarit-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser admin = Browser.desktop()) {
            try {
                edit(admin, marker);
                signUpInFrench(marker);
            } catch (RuntimeException | AssertionError failure) {
                TaxonomyPortalIT.keepEvidence(admin, "mail-template-failure");
                throw failure;
            } finally {
                reset(admin);
            }
        }
    }

    private static void edit(Browser admin, String marker) {
        admin.signInAsAdmin();
        admin.click(By.id("nav-mail-templates"));
        admin.click(By.cssSelector("a.template-lang-fr"));
        admin.waitFor(d -> d.getCurrentUrl().contains("lang=fr"));
        admin.click(By.cssSelector(".template-account-verify a[id$='edit']"));
        admin.find(By.id("template:subject"));
        assertTrue(admin.find(By.id("template:body")).getAttribute("value").contains("{link}"));

        String body = "Bonjour {name},\n\nvoici votre lien " + marker + " : {lien}\n";
        admin.type(By.id("template:subject"), "Bienvenue {name} " + marker);
        admin.type(By.id("template:body"), body);
        admin.click(By.id("template:save"));
        admin.awaitAjax();
        String refusals = admin.waitFor(d -> String.join("\n", d.findElements(
                By.cssSelector(".ui-messages-error, .ui-message-error")).stream()
                .map(e -> e.getText()).toList()));
        assertTrue(refusals.contains("The placeholder {link} is needed"), refusals);
        assertTrue(refusals.contains("no placeholder {lien}"), refusals);
        assertEquals("Bienvenue {name} " + marker,
                admin.find(By.id("template:subject")).getAttribute("value"));
        assertEquals(body, admin.find(By.id("template:body")).getAttribute("value")
                .replace("\r\n", "\n"));

        admin.type(By.id("template:body"), "Bonjour {name},\n\nconfirmez ici " + marker
                + " pour {user} :\n{link}\n\nValable {hours} heures.\n");
        admin.click(By.id("template:preview"));
        String preview = admin.find(By.id("preview-body")).getText();
        assertTrue(preview.contains("confirmez ici " + marker), preview);
        assertTrue(preview.contains("https://node.example.org/link?token=example"), preview);
        admin.screenshot("mail-template-preview");

        admin.click(By.id("template:save"));
        admin.waitFor(d -> admin.text().contains("enregistré")
                || admin.text().contains("saved"));
    }

    private static void signUpInFrench(String marker) {
        String name = "tpl-" + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@example.org";
        try (Browser visitor = Browser.desktop()) {
            visitor.open("/sign-up.xhtml");
            visitor.click(By.cssSelector("a.lang-fr"));
            visitor.waitFor(d -> "fr".equals(d.findElement(By.tagName("html"))
                    .getAttribute("lang")));
            visitor.type(By.id("sign-up:username"), name).type(By.id("sign-up:email"), email)
                    .type(By.id("sign-up:displayName"), "Zoé Gabarit")
                    .type(By.id("sign-up:password"), PASSWORD)
                    .type(By.id("sign-up:repeatPassword"), PASSWORD);
            visitor.click(By.id("sign-up:submit"));
            visitor.find(By.id("sent"));
        }

        MimeMessage mail = Mailbox.latest(email);
        assertEquals("Bienvenue Zoé Gabarit " + marker, Mailbox.subject(mail));
        String text = Mailbox.text(mail);
        assertTrue(text.contains("confirmez ici " + marker), text);
        assertTrue(Mailbox.link(mail, "/verify.xhtml?token=").isPresent(), text);
    }

    private static void reset(Browser admin) {
        admin.open("/admin/mail-templates/edit.xhtml?kind=account.verify&lang=fr");
        admin.click(By.id("template:reset"));
        admin.click(By.cssSelector(".ui-confirmdialog-yes"));
        admin.awaitAjax();
        admin.waitFor(d -> admin.find(By.id("template:body")).getAttribute("value")
                .contains("{link}") && !admin.find(By.id("template:body"))
                .getAttribute("value").contains("confirmez ici"));
    }
}
