package org.openxeco.kernel;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the problems the services report to people: each is a key of the bundle
 * {@value #BUNDLE} (English, French, German), filled with its arguments in the language of
 * the request ({@link RequestLocale}; English when none is set, as for the API).
 *
 * <p>Arguments are written as they are ({@code String.valueOf}), so a number or code reads
 * the same in every language; an apostrophe in a text is an apostrophe.
 */
public final class Problems {

    /** The base name of the bundle holding every problem text. */
    public static final String BUNDLE = "org.openxeco.kernel.problems";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Problems() {
    }

    /** The text of the key in the language of the request, with its arguments filled in. */
    public static String text(String key, Object... arguments) {
        return text(RequestLocale.current().orElse(Locale.ENGLISH), key, arguments);
    }

    /** The text of the key in the given language, with its arguments filled in. */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        Object[] words = Arrays.stream(arguments).map(String::valueOf).toArray();
        return new MessageFormat(pattern.replace("'", "''"), locale).format(words);
    }

    /** A failing field with the text of the key. */
    public static FieldError field(String field, String key, Object... arguments) {
        return new FieldError(field, text(key, arguments));
    }

    /** A refusal of one field with the text of the key. */
    public static InvalidInputException invalid(String field, String key, Object... arguments) {
        return new InvalidInputException(field, text(key, arguments));
    }
}
