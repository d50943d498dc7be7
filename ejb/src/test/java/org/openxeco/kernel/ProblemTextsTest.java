package org.openxeco.kernel;

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
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The problem texts: French and German have exactly the English keys with the same
 * placeholders, French spacing is typographic, every key the code names exists and every
 * key is named, and no service writes a problem text by hand any more.
 */
class ProblemTextsTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path BUNDLE = Path.of("src/main/resources/org/openxeco/kernel");

    /**
     * Where the code names a problem key: a call and the position of its key argument. The
     * wrappers pass their key on to {@link Problems}.
     */
    private static final Map<Pattern, Integer> KEY_ARGUMENT = Map.of(
            Pattern.compile("Problems\\.text\\("), 0,
            Pattern.compile("Problems\\.(field|invalid)\\("), 1,
            Pattern.compile("(?<![\\w.])(cells\\.)?fail\\("), 1,
            Pattern.compile("(?<![\\w.])(TaxonomyCsv\\.)?(read|problem|error|field)\\("), 2);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @AfterEach
    void leave() {
        RequestLocale.clear();
    }

    static Properties load(String suffix) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE.resolve("problems" + suffix
                + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }

    @Test
    void frenchAndGermanHaveTheEnglishKeysAndPlaceholders() throws IOException {
        Properties english = load("");
        assertTrue(english.size() > 150, "only " + english.size() + " texts");
        for (String suffix : List.of("_fr", "_de")) {
            Properties other = load(suffix);
            assertEquals(new TreeSet<>(english.stringPropertyNames()),
                    new TreeSet<>(other.stringPropertyNames()), suffix);
            for (String key : english.stringPropertyNames()) {
                assertEquals(placeholders(english.getProperty(key)),
                        placeholders(other.getProperty(key)), suffix + " " + key);
                assertFalse(other.getProperty(key).equals(english.getProperty(key))
                        && other.getProperty(key).matches(".*[a-z]{4} [a-z]{4}.*"),
                        suffix + " " + key + " is not translated");
            }
        }
    }

    @Test
    void frenchTextsUseNoBreakSpacesAndTypographicApostrophes() throws IOException {
        Properties french = load("_fr");
        for (String key : french.stringPropertyNames()) {
            String text = french.getProperty(key);
            assertFalse(text.matches("(?s).* [:;?!»].*") || text.contains("« "), key + ": " + text);
            assertFalse(text.contains("'"), key + ": " + text);
        }
    }

    @Test
    void everyKeyTheCodeNamesExistsAndEveryKeyIsNamed() throws IOException {
        Set<String> english = load("").stringPropertyNames();
        Map<String, Path> named = namedKeys();
        assertTrue(named.size() > 150, "found only " + named.size() + " keys in the code");
        Map<String, Path> missing = new TreeMap<>(named);
        missing.keySet().removeAll(english);
        assertEquals(Map.of(), missing, "keys the code names but the bundle lacks");
        Set<String> unused = new TreeSet<>(english);
        unused.removeAll(named.keySet());
        assertEquals(Set.of(), unused, "texts no code names");
    }

    @Test
    void noServiceWritesAProblemTextByHand() throws IOException {
        Pattern creation = Pattern.compile("new (FieldError|InvalidInputException)\\(");
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String code = Files.readString(file);
            Matcher m = creation.matcher(code);
            while (m.find()) {
                List<String> arguments = arguments(code, m.end() - 1);
                if (arguments.size() > 1 && arguments.get(1).startsWith("\"")) {
                    found.add(file + ": " + arguments);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void textsComeInTheLanguageOfTheRequestAndInEnglishWithoutOne() {
        assertEquals("Unknown column colour", Problems.text("csv.header.unknown", "colour"));
        RequestLocale.enter(Locale.FRENCH);
        assertEquals("Colonne inconnue colour", Problems.text("csv.header.unknown", "colour"));
        assertEquals("L’adresse du pair n’est pas une URL valable", Problems.text("peer.address",
                Problems.text("url.invalid")));
        RequestLocale.enter(Locale.forLanguageTag("de-AT"));
        assertEquals(new FieldError("bio", "Höchstens 4000 Zeichen"),
                Problems.field("bio", "text.tooLong", 4000));
        RequestLocale.enter(Locale.forLanguageTag("pt-BR"));
        assertEquals("'x' is not a valid address", Problems.text("feed.addressInvalid", "x"));
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    /** Every string literal in the key argument of a call that takes a problem key. */
    private static Map<String, Path> namedKeys() throws IOException {
        Map<String, Path> keys = new TreeMap<>();
        List<Path> files = new ArrayList<>(sources());
        // The API reads bodies with problem texts of its own too.
        try (Stream<Path> api = Files.walk(Path.of("../rest/src/main/java"))) {
            api.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
        }
        for (Path file : files) {
            String code = Files.readString(file);
            for (Map.Entry<Pattern, Integer> call : KEY_ARGUMENT.entrySet()) {
                Matcher found = call.getKey().matcher(code);
                while (found.find()) {
                    List<String> arguments = arguments(code, found.end() - 1);
                    int index = call.getValue();
                    if (index == 0 && !arguments.isEmpty() && !arguments.get(0).contains("\"")) {
                        index = 1;
                    }
                    if (arguments.size() > index) {
                        Matcher m = LITERAL.matcher(arguments.get(index));
                        while (m.find()) {
                            keys.put(m.group(1), file);
                        }
                    }
                }
            }
        }
        keys.keySet().removeIf(k -> !k.matches("[a-z][a-zA-Z]*(\\.[a-zA-Z0-9]+)+"));
        return keys;
    }

    /** The top-level arguments of the call whose '(' is at the position. */
    private static List<String> arguments(String code, int open) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\') {
                    current.append(code.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                if (depth == 1) {
                    continue;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    arguments.add(current.toString().strip());
                    return arguments;
                }
            } else if (c == ',' && depth == 1) {
                arguments.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return arguments;
    }
}
