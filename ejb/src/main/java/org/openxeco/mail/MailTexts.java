package org.openxeco.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Builds a mail from a resource bundle of the {@code ejb} module: the key {@code k} has
 * {@code k.subject} and {@code k.body}, both {@link MessageFormat} patterns taking the same
 * arguments, in the recipient's language.
 */
public final class MailTexts {

    private MailTexts() {
    }

    /** The mail of this kind, in the given language, to one recipient. */
    public static Mail compose(String bundle, String key, Locale locale, String to,
            Object... args) {
        // English, not the server's own language, when the bundle lacks the asked one.
        ResourceBundle texts = ResourceBundle.getBundle(bundle,
                locale == null ? Locale.ENGLISH : locale, MailTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        MessageFormat subject = new MessageFormat(texts.getString(key + ".subject"), locale);
        MessageFormat body = new MessageFormat(texts.getString(key + ".body"), locale);
        return new Mail(key, to, subject.format(args), body.format(args));
    }
}
