package org.openxeco.notification;

import org.openxeco.mail.MailKind;

/**
 * What a notification is about, the unit a member chooses notifications by, with the choice
 * a member has before making one: decisions and reviews in the portal and by e-mail, as the
 * node always mailed them, new forms in the portal only.
 */
public enum NotificationTopic {
    REQUEST_DECISIONS(true, true),
    ARTICLE_REVIEWS(true, true),
    NEW_FORMS(true, false);

    private final boolean portalByDefault;
    private final boolean mailByDefault;

    NotificationTopic(boolean portalByDefault, boolean mailByDefault) {
        this.portalByDefault = portalByDefault;
        this.mailByDefault = mailByDefault;
    }

    /** The member's choice before they make one. */
    public Choice byDefault() {
        return new Choice(this, portalByDefault, mailByDefault);
    }

    /** The topic of a mail sent to a member. */
    public static NotificationTopic of(MailKind kind) {
        return switch (kind) {
            case REQUEST_APPROVED, REQUEST_REJECTED, CHANGE_APPROVED, CHANGE_REJECTED ->
                REQUEST_DECISIONS;
            case ARTICLE_PUBLISHED, ARTICLE_CHANGES, ARTICLE_REJECTED -> ARTICLE_REVIEWS;
            case FORM_PUBLISHED -> NEW_FORMS;
            default -> throw new IllegalArgumentException("No member notification: " + kind);
        };
    }

    /** Whether a member hears of the topic in the portal, by e-mail, both or neither. */
    public record Choice(NotificationTopic topic, boolean inPortal, boolean byMail) {
    }
}
