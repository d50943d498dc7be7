package org.openxeco.web.my;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.NotAllowedException;
import org.openxeco.notification.Notifications;

/** How many notifications the signed-in member has not read, for the member menu. */
@Named
@RequestScoped
public class UnreadNotifications {

    @Inject
    Notifications notifications;

    private Long count;

    /** The count, read once per request; none for a caller who is no member. */
    public long getCount() {
        if (count == null) {
            try {
                count = notifications.unread();
            } catch (NotAllowedException notAMember) {
                count = 0L;
            }
        }
        return count;
    }

    /** Reads the count again when next asked, after notifications were marked read. */
    public void forget() {
        count = null;
    }
}
