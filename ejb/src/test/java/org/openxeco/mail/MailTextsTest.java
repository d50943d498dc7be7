package org.openxeco.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every bundle of mail texts exists in English, French and German with the same keys, each
 * mail has a subject and a body, and every pattern formats without a stray placeholder.
 */
class MailTextsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    static List<Path> mailBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.getFileName().toString().endsWith("mails.properties"))
                    .toList();
        }
    }

    static Properties load(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), "missing " + file);
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }

    @Test
    void everyMailExistsInEveryLanguageWithSubjectAndBody() throws IOException {
        assertFalse(mailBundles().isEmpty(), "no mail bundles found under " + RESOURCES);
        for (Path english : mailBundles()) {
            Properties base = load(english);
            TreeSet<String> keys = new TreeSet<>(base.stringPropertyNames());
            for (String key : keys) {
                String kind = key.substring(0, key.lastIndexOf('.'));
                assertTrue(keys.contains(kind + ".subject") && keys.contains(kind + ".body"),
                        english + " " + kind);
            }
            for (String suffix : List.of("_fr", "_de")) {
                Path other = english.resolveSibling(english.getFileName().toString()
                        .replace(".properties", suffix + ".properties"));
                Properties texts = load(other);
                assertEquals(keys, new TreeSet<>(texts.stringPropertyNames()), other.toString());
                for (String key : keys) {
                    String pattern = texts.getProperty(key);
                    assertFalse(pattern.isBlank(), other + " " + key);
                    String filled = new MessageFormat(pattern, Locale.forLanguageTag(
                            suffix.substring(1))).format(new Object[] {"a", "b", "c", "d", "e"});
                    assertFalse(filled.contains("{"), other + " " + key + ": " + filled);
                }
            }
        }
    }

    @Test
    void composeFillsSubjectAndBodyInTheAskedLanguage() {
        Mail mail = MailTexts.compose("org.openxeco.mail.test-mails", "greeting",
                Locale.GERMAN, "x@example.org", "Ada");
        assertEquals("greeting", mail.kind());
        assertEquals("Hallo Ada", mail.subject());
        assertEquals("Willkommen, Ada.", mail.text());
    }

    @Test
    void aLanguageWithoutTextsGetsEnglishWhateverTheServersLanguage() {
        Locale server = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            Mail mail = MailTexts.compose("org.openxeco.mail.test-mails", "greeting",
                    Locale.forLanguageTag("it"), "x@example.org", "Ada");
            assertEquals("Hello Ada", mail.subject());
        } finally {
            Locale.setDefault(server);
        }
    }
}
