package org.openxeco.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every system mail of the node: the bundle and key of its default texts, the named
 * placeholders its templates may use (in the order of the bundle's {@code {0}}, {@code {1}}…)
 * and those a template must keep for the mail to serve its purpose.
 */
public enum MailKind {
    ACCOUNT_VERIFY(Bundles.ACCOUNT, "account.verify",
            List.of("name", "link", "hours", "user", "node"), Set.of("link", "user")),
    ACCOUNT_EXISTS(Bundles.ACCOUNT, "account.exists",
            List.of("name", "sign-in", "forgot", "user", "node"), Set.of("user")),
    ACCOUNT_EMAIL_CHANGE(Bundles.ACCOUNT, "account.email-change",
            List.of("name", "link", "hours", "user", "node"), Set.of("link")),
    ACCOUNT_EMAIL_CHANGED(Bundles.ACCOUNT, "account.email-changed",
            List.of("name", "address", "forgot", "user", "node"), Set.of("address")),
    ACCOUNT_RESET(Bundles.ACCOUNT, "account.reset",
            List.of("name", "link", "minutes", "user", "node"), Set.of("link")),
    REQUEST_APPROVED(Bundles.MEMBERSHIP, "request.approved"),
    REQUEST_REJECTED(Bundles.MEMBERSHIP, "request.rejected"),
    CHANGE_APPROVED(Bundles.MEMBERSHIP, "change.approved"),
    CHANGE_REJECTED(Bundles.MEMBERSHIP, "change.rejected"),
    ARTICLE_PUBLISHED(Bundles.MEMBERSHIP, "article.published"),
    ARTICLE_CHANGES(Bundles.MEMBERSHIP, "article.changes"),
    ARTICLE_REJECTED(Bundles.MEMBERSHIP, "article.rejected"),
    FORM_PUBLISHED(Bundles.NOTIFICATION, "form.published", List.of("title", "link"),
            Set.of("link")),
    CONTACT_RECEIVED(Bundles.NOTIFICATION, "contact.received",
            List.of("name", "email", "subject", "message", "link"), Set.of("link"));

    private final String bundle;
    private final String key;
    private final List<String> placeholders;
    private final Set<String> required;

    MailKind(String bundle, String key) {
        this(bundle, key, List.of("about", "message", "link"), Set.of("about", "message"));
    }

    MailKind(String bundle, String key, List<String> placeholders, Set<String> required) {
        this.bundle = bundle;
        this.key = key;
        this.placeholders = placeholders;
        this.required = required;
    }

    /** The kind whose key is this ({@code account.verify}, …), if any. */
    public static Optional<MailKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** The base name of the bundle of its default texts. */
    public String bundle() {
        return bundle;
    }

    /** The key of its texts in the bundle, also the kind's name in the log and the database. */
    public String key() {
        return key;
    }

    /** The names its templates may use, in the order of the bundle's arguments. */
    public List<String> placeholders() {
        return placeholders;
    }

    /** The names a template must contain (in subject or body). */
    public Set<String> required() {
        return required;
    }

    /** Base names of the bundles holding the default texts. */
    private static final class Bundles {
        static final String ACCOUNT = "org.openxeco.account.mails";
        static final String MEMBERSHIP = "org.openxeco.membership.mails";
        static final String NOTIFICATION = "org.openxeco.notification.mails";
    }
}
