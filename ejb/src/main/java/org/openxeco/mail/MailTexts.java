package org.openxeco.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Reads the default texts of mails from the resource bundles of the {@code ejb} module: the
 * key {@code k} has {@code k.subject} and {@code k.body}, both {@link MessageFormat} patterns
 * taking the same arguments, in the recipient's language.
 */
public final class MailTexts {

    private MailTexts() {
    }

    /** The mail of this kind, in the given language, to one recipient. */
    public static Mail compose(String bundle, String key, Locale locale, String to,
            Object... args) {
        ResourceBundle texts = texts(bundle, locale);
        MessageFormat subject = new MessageFormat(texts.getString(key + ".subject"), locale);
        MessageFormat body = new MessageFormat(texts.getString(key + ".body"), locale);
        return new Mail(key, to, subject.format(args), body.format(args));
    }

    /** The bundled texts of the kind in the language, written with named placeholders. */
    public static TemplateText defaults(MailKind kind, String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle texts = texts(kind.bundle(), locale);
        Object[] names = Placeholders.asArguments(kind);
        return new TemplateText(kind, language,
                new MessageFormat(texts.getString(kind.key() + ".subject"), locale).format(names),
                new MessageFormat(texts.getString(kind.key() + ".body"), locale).format(names),
                false);
    }

    private static ResourceBundle texts(String bundle, Locale locale) {
        // English, not the server's own language, when the bundle lacks the asked one.
        return ResourceBundle.getBundle(bundle, locale == null ? Locale.ENGLISH : locale,
                MailTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
