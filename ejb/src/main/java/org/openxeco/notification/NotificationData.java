package org.openxeco.notification;

import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.account.Account;
import org.openxeco.account.AccountDataSection;
import org.openxeco.kernel.Jsonp;

/**
 * A member's notifications and choices in "export my data"; both go with a deleted account.
 */
@Dependent
public class NotificationData implements AccountDataSection {

    private static final Logger LOG = Logger.getLogger(NotificationData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public JsonValue export(Account account) {
        JsonArrayBuilder choices = Jsonp.createArrayBuilder();
        em.createQuery("select c from NotificationChoice c where c.account = :a",
                NotificationChoice.class).setParameter("a", account).getResultStream()
                .map(NotificationChoice::choice)
                .forEach(c -> choices.add(Jsonp.createObjectBuilder()
                        .add("topic", c.topic().name()).add("portal", c.inPortal())
                        .add("email", c.byMail())));
        JsonArrayBuilder notices = Jsonp.createArrayBuilder();
        em.createQuery("select n from Notification n where n.account = :a order by n.created",
                Notification.class).setParameter("a", account).getResultStream()
                .forEach(n -> notices.add(Jsonp.createObjectBuilder()
                        .add("kind", n.getKind()).add("about", text(n.getAbout()))
                        .add("message", text(n.getMessage()))
                        .add("created", n.getCreated().toString())
                        .add("read", n.isRead())));
        return Jsonp.createObjectBuilder().add("choices", choices).add("notifications", notices)
                .build();
    }

    @Override
    public void forget(Account account) {
        int gone = em.createQuery("delete from Notification n where n.account = :a")
                .setParameter("a", account).executeUpdate();
        em.createQuery("delete from NotificationChoice c where c.account = :a")
                .setParameter("a", account).executeUpdate();
        LOG.fine(() -> "Forgot " + gone + " notification(s) of account " + account.getUuid());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
