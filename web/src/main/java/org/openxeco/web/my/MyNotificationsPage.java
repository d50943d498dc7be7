package org.openxeco.web.my;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.notification.Notification;
import org.openxeco.notification.NotificationTopic;
import org.openxeco.notification.Notifications;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * The member's notifications, newest first, to open and mark read one by one or all at once,
 * and their choice per topic of hearing of it in the portal, by e-mail, both or neither.
 */
@Named
@ViewScoped
public class MyNotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    transient Notifications notifications;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    @Inject
    UnreadNotifications unread;

    private transient List<Notification> rows;
    private List<ChoiceRow> choices;

    @PostConstruct
    void load() {
        choices = new ArrayList<>();
        notifications.choices().forEach(c -> choices.add(
                new ChoiceRow(c.topic(), c.inPortal(), c.byMail())));
    }

    /** The member's newest notifications. */
    public List<Notification> getRows() {
        if (rows == null) {
            rows = notifications.mine(SHOWN);
        }
        return rows;
    }

    /** Marks one notification read. */
    public void markRead(UUID notification) {
        try {
            notifications.markRead(notification);
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        rows = null;
        unread.forget();
    }

    /** Marks every notification read. */
    public void markAllRead() {
        texts.info("notifications.allRead", notifications.markAllRead());
        rows = null;
        unread.forget();
    }

    /** Stores the member's choices. */
    public void saveChoices() {
        notifications.choose(choices.stream().map(ChoiceRow::choice).toList());
        texts.info("notifications.choicesSaved");
    }

    public List<ChoiceRow> getChoices() {
        return choices;
    }

    /** One topic's choice as the form edits it. */
    public static final class ChoiceRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final NotificationTopic topic;
        private boolean portal;
        private boolean mail;

        ChoiceRow(NotificationTopic topic, boolean portal, boolean mail) {
            this.topic = topic;
            this.portal = portal;
            this.mail = mail;
        }

        NotificationTopic.Choice choice() {
            return new NotificationTopic.Choice(topic, portal, mail);
        }

        public String getTopic() {
            return topic.name();
        }

        public boolean isPortal() {
            return portal;
        }

        public void setPortal(boolean portal) {
            this.portal = portal;
        }

        public boolean isMail() {
            return mail;
        }

        public void setMail(boolean mail) {
            this.mail = mail;
        }
    }
}
