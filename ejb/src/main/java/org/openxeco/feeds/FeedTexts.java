package org.openxeco.feeds;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.openxeco.content.ArticleType;
import org.openxeco.taxonomy.TaxonomyValue;

/** The titles and descriptions of the feeds, in English, French or German. */
final class FeedTexts {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final String nodeName;

    FeedTexts(Locale locale, String nodeName) {
        // English, not the server's own language, when the bundle lacks the asked one.
        this.bundle = ResourceBundle.getBundle("org.openxeco.feeds.feeds", locale,
                FeedTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH
                : bundle.getLocale();
        this.nodeName = nodeName;
    }

    /** The language the texts are in, such as {@code fr}. */
    String language() {
        return locale.getLanguage();
    }

    /** The feed's title, with the label of the value it is narrowed to if any. */
    String title(ArticleType type, Optional<TaxonomyValue> tag) {
        String title = text(key(type) + ".title", nodeName);
        return tag.map(v -> text("tagged", title, v.label(language()))).orElse(title);
    }

    /** What the feed holds. */
    String description(ArticleType type) {
        return text(key(type) + ".description", nodeName);
    }

    private String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private static String key(ArticleType type) {
        return switch (type) {
            case JOB_OFFER -> "jobs";
            case EVENT -> "events";
            default -> "news";
        };
    }
}
