package org.openxeco.web.admin.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openxeco.network.peers.PeerHealth;
import org.openxeco.network.peers.PeerState;

/** The network screens' texts exist in English, French and German alike and format cleanly. */
class NetworkTextsTest {

    private static final List<String> LANGUAGES = List.of("", "_fr", "_de");

    static Properties bundle(String suffix) throws IOException {
        String name = "/org/openxeco/web/network" + suffix + ".properties";
        try (InputStream in = NetworkTextsTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties texts = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            return texts;
        }
    }

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        TreeSet<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        for (String suffix : List.of("_fr", "_de")) {
            Properties other = bundle(suffix);
            assertEquals(english, new TreeSet<>(other.stringPropertyNames()), suffix);
            other.forEach((key, text) -> assertFalse(text.toString().isBlank(), suffix + key));
        }
    }

    @Test
    void everyStateHealthAndDecisionHasItsTexts() throws IOException {
        for (String suffix : LANGUAGES) {
            Properties texts = bundle(suffix);
            for (PeerState state : PeerState.values()) {
                assertTrue(texts.containsKey("net.state." + state), suffix + state);
            }
            for (PeerHealth health : PeerHealth.values()) {
                assertTrue(texts.containsKey("net.health." + health), suffix + health);
            }
            for (PeersPage.Decision decision : PeersPage.Decision.values()) {
                for (String part : List.of(".title", ".explain", ".confirm")) {
                    assertTrue(texts.containsKey("net.decide." + decision + part),
                            suffix + decision + part);
                }
                assertTrue(texts.containsKey("net.done." + decision), suffix + decision);
            }
        }
    }

    @Test
    void textsWithPlaceholdersFillEveryPlaceholder() throws IOException {
        for (String suffix : LANGUAGES) {
            Locale locale = suffix.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(suffix.substring(1));
            Properties texts = bundle(suffix);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                if (!pattern.contains("{")) {
                    continue;
                }
                // A lone apostrophe would quote the rest of the text and hide a placeholder.
                assertFalse(pattern.replace("''", "").contains("'"), suffix + " " + key);
                String filled = new MessageFormat(pattern, locale)
                        .format(new Object[] {2, "B", "C", 4, 5, 6, 7, 8, 9, 10});
                assertFalse(filled.contains("{"), suffix + " " + key + ": " + filled);
            }
        }
    }
}
