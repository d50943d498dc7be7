package org.openxeco.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named placeholders of mail templates: {@code {link}}, {@code {name}}… Filling them in is plain
 * text replacement, so an apostrophe or a brace that names nothing stays as typed.
 */
public final class Placeholders {

    private static final Pattern NAME = Pattern.compile("\\{([a-z][a-z-]*)\\}");
    /** A brace with what follows it up to the next brace, or a closing brace alone. */
    private static final Pattern BRACES = Pattern.compile("\\{[^{}]*}?|}");

    private Placeholders() {
    }

    /** The names used in the text, in order of first use. */
    public static Set<String> used(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The names used in the text that the kind does not know. */
    public static Set<String> unknown(MailKind kind, String... texts) {
        Set<String> unknown = new TreeSet<>();
        for (String text : texts) {
            used(text).stream().filter(n -> !kind.placeholders().contains(n))
                    .forEach(unknown::add);
        }
        return unknown;
    }

    /**
     * Every brace of the texts that is not part of a well-formed placeholder, as written (an
     * unclosed one up to the next space): {@code {LINK}}, {@code { link }}, {@code {link}…
     */
    public static Set<String> malformed(String... texts) {
        Set<String> malformed = new LinkedHashSet<>();
        for (String text : texts) {
            Matcher m = BRACES.matcher(text == null ? "" : text);
            while (m.find()) {
                String found = m.group();
                if (!NAME.matcher(found).matches()) {
                    String shown = found.endsWith("}") && found.indexOf('\n') < 0 ? found
                            : found.split("\\s", 2)[0];
                    malformed.add(shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
                }
            }
        }
        return malformed;
    }

    /** The names the kind needs that none of the texts uses. */
    public static Set<String> missing(MailKind kind, String... texts) {
        Set<String> missing = new TreeSet<>(kind.required());
        for (String text : texts) {
            missing.removeAll(used(text));
        }
        return missing;
    }

    /** The text with every known name replaced by its value; other braces stay as they are. */
    public static String fill(String text, Map<String, ?> values) {
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(
                    value == null ? m.group() : String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The kind's names, written as placeholders, in the order of the bundle's arguments. */
    static Object[] asArguments(MailKind kind) {
        List<String> names = new ArrayList<>();
        kind.placeholders().forEach(n -> names.add("{" + n + "}"));
        return names.toArray();
    }

    /** Values by name from positional values, in the kind's order. */
    public static Map<String, Object> named(MailKind kind, Object... values) {
        Map<String, Object> named = new HashMap<>();
        for (int i = 0; i < values.length && i < kind.placeholders().size(); i++) {
            named.put(kind.placeholders().get(i), values[i]);
        }
        return named;
    }
}
