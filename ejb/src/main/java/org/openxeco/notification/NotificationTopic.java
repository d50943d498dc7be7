package org.openxeco.notification;

import org.openxeco.mail.MailKind;

/**
 * What a notification is about, the unit an account chooses notifications by, with the choice
 * it has before making one: decisions and reviews in the portal and by e-mail, as the node
 * always mailed them, new forms in the portal only; administrators also hear of messages sent
 * through the contact form, by e-mail only unless they choose otherwise.
 */
public enum NotificationTopic {
    REQUEST_DECISIONS(true, true, false),
    ARTICLE_REVIEWS(true, true, false),
    NEW_FORMS(true, false, false),
    CONTACT_MESSAGES(false, true, true);

    private final boolean portalByDefault;
    private final boolean mailByDefault;
    private final boolean forAdmins;

    NotificationTopic(boolean portalByDefault, boolean mailByDefault, boolean forAdmins) {
        this.portalByDefault = portalByDefault;
        this.mailByDefault = mailByDefault;
        this.forAdmins = forAdmins;
    }

    /** Whether only administrators hear of the topic. */
    public boolean forAdmins() {
        return forAdmins;
    }

    /** The member's choice before they make one. */
    public Choice byDefault() {
        return new Choice(this, portalByDefault, mailByDefault);
    }

    /** The topic of a mail sent to a member or an administrator. */
    public static NotificationTopic of(MailKind kind) {
        return switch (kind) {
            case REQUEST_APPROVED, REQUEST_REJECTED, CHANGE_APPROVED, CHANGE_REJECTED ->
                REQUEST_DECISIONS;
            case ARTICLE_PUBLISHED, ARTICLE_CHANGES, ARTICLE_REJECTED -> ARTICLE_REVIEWS;
            case FORM_PUBLISHED -> NEW_FORMS;
            case CONTACT_RECEIVED -> CONTACT_MESSAGES;
            default -> throw new IllegalArgumentException("No notification: " + kind);
        };
    }

    /** Whether a member hears of the topic in the portal, by e-mail, both or neither. */
    public record Choice(NotificationTopic topic, boolean inPortal, boolean byMail) {
    }
}
