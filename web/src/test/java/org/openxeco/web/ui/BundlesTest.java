package org.openxeco.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every resource bundle the portals declare exists in English, French and German with the
 * same keys and no empty text, so no screen falls back to a key or to another language.
 */
class BundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern BASE_NAME = Pattern.compile("<base-name>([^<]+)</base-name>"
            + "|<message-bundle>([^<]+)</message-bundle>");

    static List<String> declaredBundles() throws IOException {
        String config = Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml"));
        List<String> names = new ArrayList<>();
        Matcher matcher = BASE_NAME.matcher(config);
        while (matcher.find()) {
            names.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return names;
    }

    static Properties load(String baseName, String suffix) throws IOException {
        Path file = RESOURCES.resolve(baseName.replace('.', '/') + suffix + ".properties");
        assertTrue(Files.isRegularFile(file), "missing " + file);
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }

    @Test
    void everyDeclaredBundleHasTheSameKeysInEveryLanguage() throws IOException {
        List<String> bundles = declaredBundles();
        assertTrue(bundles.size() >= 10, "bundles found: " + bundles);
        for (String bundle : bundles) {
            TreeSet<String> english = new TreeSet<>(load(bundle, "").stringPropertyNames());
            for (String suffix : List.of("_fr", "_de")) {
                Properties other = load(bundle, suffix);
                assertEquals(english, new TreeSet<>(other.stringPropertyNames()),
                        bundle + suffix);
                other.forEach((key, text) ->
                        assertFalse(text.toString().isBlank(), bundle + suffix + " " + key));
            }
        }
    }
}
