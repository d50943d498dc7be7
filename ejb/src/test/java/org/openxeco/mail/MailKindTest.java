package org.openxeco.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The bundled texts of every system mail read as templates with named placeholders in each
 * language, hold the placeholders their mail needs, and fill in as the positional texts did.
 */
class MailKindTest {

    @Test
    void everyDefaultUsesOnlyItsOwnPlaceholdersAndHoldsTheNeededOnes() {
        for (MailKind kind : MailKind.values()) {
            for (String language : MailTemplates.LANGUAGES) {
                TemplateText text = MailTexts.defaults(kind, language);
                String where = kind.key() + " " + language;
                assertEquals(Set.of(), Placeholders.unknown(kind, text.subject(), text.body()),
                        where);
                assertEquals(Set.of(), Placeholders.missing(kind, text.subject(), text.body()),
                        where);
                assertFalse(text.body().matches("(?s).*\\{\\d}.*"), where);
                assertEquals(Set.of(), Placeholders.malformed(text.subject(), text.body()), where);
                assertFalse(text.edited());
            }
        }
    }

    @Test
    void aFilledDefaultReadsLikeTheBundleFormattedWithTheSameValues() {
        MailKind kind = MailKind.ACCOUNT_VERIFY;
        Object[] values = {"Zoé", "https://n.example/verify.xhtml?token=t", 48, "zoe",
            "https://n.example"};
        for (String language : MailTemplates.LANGUAGES) {
            TemplateText text = MailTexts.defaults(kind, language);
            Mail bundled = MailTexts.compose(kind.bundle(), kind.key(),
                    java.util.Locale.forLanguageTag(language), "z@example.org", values);
            Map<String, Object> named = Placeholders.named(kind, values);
            assertEquals(bundled.subject(), Placeholders.fill(text.subject(), named));
            assertEquals(bundled.text(), Placeholders.fill(text.body(), named));
        }
    }

    @Test
    void theFrenchApostropheOfABundleStaysOneApostrophe() {
        TemplateText text = MailTexts.defaults(MailKind.CHANGE_APPROVED, "fr");
        assertTrue(text.body().contains("l'annuaire"), text.body());
        assertFalse(text.body().contains("''"));
    }

    @Test
    void unknownAndMissingPlaceholdersAreNamedAndOtherBracesStay() {
        MailKind kind = MailKind.ACCOUNT_RESET;
        assertEquals(Set.of("lnk"), Placeholders.unknown(kind, "Hi {name}", "open {lnk}"));
        assertEquals(Set.of("link"), Placeholders.missing(kind, "Hi {name}", "open {lnk}"));
        assertEquals("Hi Ann, {not a name} {lnk}", Placeholders.fill("Hi {name}, {not a name} {lnk}",
                Map.of("name", "Ann")));
        assertEquals(Set.of("{LINK}", "{ link }", "{link", "}"), Placeholders.malformed(
                "{LINK} {name} { link }", "open {link\nnow {link} and }"));
        assertEquals("a $1 \\ b", Placeholders.fill("a {name} b", Map.of("name", "$1 \\")));
    }
}
