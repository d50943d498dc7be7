package org.openxeco.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openxeco.kernel.SortKeys;

/**
 * The folded text an entity is searched by: its names, description without markup, places
 * (with the country's name in English, French and German), websites and identifiers, all in
 * lower case without accents, so that a plain {@code like} matches the same way on H2 and
 * PostgreSQL.
 *
 * <p>Every stored entity's search text must be what this class makes of it now, as queries
 * are folded here too: each write refreshes it, and migration V10 filled it for the entities
 * stored before, with its own frozen copy of the folding as it was then. A change to what
 * this class produces therefore raises {@link #VERSION}: at its next start a node makes the
 * text of every stored entity again ({@link SearchTextRefresh}).
 */
public final class SearchText {

    /**
     * The folding's version: 1 as migration V10 filled it, 2 since numeric character
     * references in descriptions are read as the characters they stand for.
     */
    public static final int VERSION = 2;

    /** Longest stored search text; longer texts are cut. */
    public static final int MAX = 120_000;

    /** At most this many words of a query are used. */
    static final int MAX_WORDS = 10;

    private static final java.util.regex.Pattern NUMERIC_REFERENCE = java.util.regex.Pattern
            .compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    /** Straight and typographic apostrophes, and the accents typed in their place. */
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern
            .compile("['\u2019\u2018\u02bc`\u00b4]+");
    private static final java.util.regex.Pattern QUERY_SEPARATORS = java.util.regex.Pattern
            .compile("[\\s,;\"\u201c\u201d]+");
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern
            .compile("<[^>]*>");

    private static final List<Locale> COUNTRY_LANGUAGES = List.of(Locale.ENGLISH,
            Locale.FRENCH, Locale.GERMAN);

    private SearchText() {
    }

    /** The search text of an entity as it stands. */
    public static String of(Organisation o) {
        List<String> places = new ArrayList<>();
        for (Address a : o.getAddresses()) {
            places.addAll(Stream.of(a.getCity(), a.getRegion(), a.getPostalCode(),
                    a.getCountryCode()).filter(Objects::nonNull).toList());
            places.addAll(countryNames(a.getCountryCode()));
        }
        List<String> others = new ArrayList<>(o.getWebsites());
        o.getIdentifiers().forEach(i -> others.add(i.getValue()));
        return compose(o.getName(), o.getLegalName(), o.getDescription(), places, others);
    }

    /** Joins and folds the parts of a search text; HTML tags in the description are dropped. */
    public static String compose(String name, String legalName, String description,
            List<String> places, List<String> others) {
        String text = Stream.concat(Stream.of(name, legalName, plain(description)),
                Stream.concat(places.stream(), others.stream()))
                .filter(Objects::nonNull).collect(Collectors.joining(" | "));
        return SortKeys.of(text, MAX);
    }

    /** The names of a country in the languages of the portal, for a two-letter code. */
    public static List<String> countryNames(String code) {
        if (code == null || code.isBlank()) {
            return List.of();
        }
        Locale country = new Locale.Builder().setRegion(code).build();
        return COUNTRY_LANGUAGES.stream().map(country::getDisplayCountry)
                .filter(n -> !n.equalsIgnoreCase(code)).distinct().toList();
    }

    /**
     * The folded words of a query, at most {@link #MAX_WORDS}, each at most 100 characters.
     * Apostrophes, straight or typographic, part words ("d’etudes" is "etudes", as
     * is "d'etudes"): texts write them either way, and an elided letter before one says
     * nothing worth matching. Double quotes are not searched for.
     */
    public static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        return Stream.of(QUERY_SEPARATORS.split(SortKeys.of(query, 1000)))
                .flatMap(SearchText::unelided)
                .filter(w -> !w.isBlank()).distinct().limit(MAX_WORDS)
                .map(w -> w.length() > 100 ? w.substring(0, 100) : w).toList();
    }

    private static Stream<String> unelided(String word) {
        String[] parts = APOSTROPHES.split(word);
        if (parts.length < 2) {
            return Stream.of(APOSTROPHES.matcher(word).replaceAll(""));
        }
        return Stream.of(parts).filter(p -> p.length() > 1);
    }

    private static String plain(String html) {
        if (html == null) {
            return null;
        }
        String text = TAG.matcher(html).replaceAll(" ").replace("&nbsp;", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
        // The sanitiser writes most other characters as numeric references (&#61; for =).
        text = NUMERIC_REFERENCE.matcher(text).replaceAll(m -> {
            int code = m.group(1) != null ? Integer.parseInt(m.group(1), 16)
                    : Integer.parseInt(m.group(2));
            return Character.isValidCodePoint(code) && code != 0
                    ? java.util.regex.Matcher.quoteReplacement(Character.toString(code)) : " ";
        });
        return text.replace("&amp;", "&");
    }
}
