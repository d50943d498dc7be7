package org.openxeco.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every French text of the domain and of the portals (each {@code *_fr.properties} of the
 * ejb and web modules) has a no-break space, not an ordinary one, before : ; ? ! and »
 * and after «, as French typography asks; addresses such as {@code https://} are text of
 * their own and not looked at.
 */
class FrenchBundlesTest {

    private static final List<Path> RESOURCES = List.of(Path.of("src/main/resources"),
            Path.of("../web/src/main/resources"));

    private static final Pattern ADDRESS = Pattern.compile("\\b[a-z][a-z0-9+.-]*:(//)?\\S+");
    private static final Pattern ORDINARY_SPACE = Pattern.compile(" [:;?!»]|« ");

    /** The first place in a text where an ordinary space stands by a sign, if any. */
    static Optional<String> fault(String text) {
        Matcher m = ORDINARY_SPACE.matcher(ADDRESS.matcher(text).replaceAll("address"));
        return m.find() ? Optional.of("'" + m.group() + "' in: " + text) : Optional.empty();
    }

    @Test
    void theCheckFindsOrdinarySpacesBySignsButNotInAddresses() {
        assertTrue(fault("{0} : actualités").isPresent());
        assertTrue(fault("Continuer ?").isPresent());
        assertTrue(fault("un ; deux").isPresent());
        assertTrue(fault("Attention !").isPresent());
        assertTrue(fault("« {0}\u00a0»").isPresent());
        assertEquals(Optional.empty(), fault("{0}\u00a0: actualités\u00a0; «\u00a0x\u00a0»\u00a0?"));
        assertEquals(Optional.empty(), fault("Voir https://example.org/a?b=1 ou mailto:x@y.org"));
        assertEquals(Optional.empty(), fault("{0,choice,0#aucun|1#un}\u202f!"));
    }

    @Test
    void everyFrenchTextHasNoBreakSpacesBySigns() throws IOException {
        List<Path> bundles = new ArrayList<>();
        for (Path root : RESOURCES) {
            assertTrue(Files.isDirectory(root), root + " is missing");
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.getFileName().toString().endsWith("_fr.properties"))
                        .forEach(bundles::add);
            }
        }
        assertTrue(bundles.size() >= 20, "only " + bundles);

        List<String> faults = new ArrayList<>();
        for (Path bundle : bundles) {
            Properties texts = new Properties();
            try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            for (String key : texts.stringPropertyNames()) {
                fault(texts.getProperty(key)).ifPresent(f -> faults.add(bundle.getFileName()
                        + " " + key + ": " + f));
            }
        }
        assertEquals(List.of(), faults);
    }
}
