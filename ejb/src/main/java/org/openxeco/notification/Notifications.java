package org.openxeco.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.account.Account;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.mail.Mail;
import org.openxeco.mail.MailKind;
import org.openxeco.mail.MailTemplates;
import org.openxeco.mail.Mailer;

/**
 * Tells members what concerns them, each as they chose per topic: a notification kept for the
 * ecosystem portal, a mail written from the mail templates once the transaction commits, both
 * or neither. Members read their notifications, mark them read and make their choices here.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    private static final String FORM_PAGE = "/my/forms/answer.xhtml?id=";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    MailTemplates templates;

    @Inject
    Mailer mailer;

    @Inject
    NodeUris uris;

    /**
     * Tells a member about a decision or publication: {@code about} names what it concerns,
     * {@code message} is the deciding person's word (may be null), {@code page} the portal
     * page that shows it, relative to the node. Only the node's administrators cause these.
     */
    public void tell(Account member, MailKind kind, String about, String message, String page) {
        Roles.requireAdmin(context);
        NotificationTopic.Choice choice = choiceOf(member, NotificationTopic.of(kind));

        if (choice.inPortal()) {
            em.persist(new Notification(member, choice.topic(), kind.key(), about, message,
                    page, Instant.now()));
        }
        if (choice.byMail() && hasEmail(member)) {
            send(templates.compose(kind, localeOf(member), member.getEmail(),
                    values(about, message, uris.baseUrl() + page)), Map.of());
        }
    }

    /**
     * Tells every active member who chose to hear of new forms and can answer this one that it
     * was published: for a form answered on behalf of entities, only members attached to an
     * active entity, linked to that entity's answer page or, with several, to the forms list.
     * Returns how many members were told (in the portal or by mail).
     */
    public int notifyNewForm(String title, UUID form, boolean forEntities) {
        Roles.requireAdmin(context);
        // TODO [perf] one pass over all members; a node with very many members would batch it.
        List<Account> members = em.createQuery("select distinct a from Account a join a.roles r"
                + " where a.active = true and r = :member", Account.class)
                .setParameter("member", Roles.MEMBER).getResultList();
        int told = 0;
        for (Account member : members) {
            String page = formPage(member, form, forEntities);
            NotificationTopic.Choice choice = choiceOf(member, NotificationTopic.NEW_FORMS);
            if (page != null && (choice.inPortal() || choice.byMail())) {
                tell(member, MailKind.FORM_PUBLISHED, title, null, page);
                told++;
            }
        }
        int count = told;
        LOG.info(() -> "New form " + form + " published: " + count + " member(s) told");
        return told;
    }

    /**
     * Tells every active administrator who chose to hear of the topic of {@code kind}: in the
     * portal ({@code about}, linked to {@code page}, relative to the node) and by mail, written
     * from the template with {@code values} and the page's address as {@code link}, answered
     * to {@code replyTo} if given. Open to every caller: a visitor's message causes it.
     * Returns how many administrators were told.
     */
    public int tellAdmins(MailKind kind, String about, Map<String, Object> values, String page,
            String replyTo) {
        NotificationTopic topic = NotificationTopic.of(kind);
        List<Account> admins = em.createQuery("select distinct a from Account a join a.roles r"
                + " where a.active = true and r = :admin", Account.class)
                .setParameter("admin", Roles.ADMIN).getResultList();
        Map<String, Object> filled = new HashMap<>(values);
        filled.put("link", uris.baseUrl() + page);
        Map<String, String> headers = replyTo == null ? Map.of() : Map.of("Reply-To", replyTo);
        int told = 0;
        for (Account admin : admins) {
            NotificationTopic.Choice choice = choiceOf(admin, topic);
            boolean mailed = choice.byMail() && hasEmail(admin);
            if (choice.inPortal()) {
                em.persist(new Notification(admin, topic, kind.key(), about, null, page,
                        Instant.now()));
            }
            if (mailed) {
                send(templates.compose(kind, localeOf(admin), admin.getEmail(), filled),
                        headers);
            }
            told += choice.inPortal() || mailed ? 1 : 0;
        }
        int count = told;
        LOG.info(() -> "Administrators told of a " + kind.key() + ": " + count);
        return told;
    }

    /** The signed-in member's newest notifications, at most {@code max}. */
    public List<Notification> mine(int max) {
        return em.createQuery("select n from Notification n where n.account = :me"
                + " order by n.created desc, n.id desc", Notification.class)
                .setParameter("me", Members.signedIn(em, context))
                .setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    /** How many of the signed-in member's notifications are unread. */
    public long unread() {
        return em.createQuery("select count(n) from Notification n where n.account = :me"
                + " and n.readAt is null", Long.class)
                .setParameter("me", Members.signedIn(em, context)).getSingleResult();
    }

    /** Marks one of the signed-in member's notifications read; another's is not found. */
    public void markRead(UUID notification) {
        Account me = Members.signedIn(em, context);
        Notification found = em.createQuery("select n from Notification n where n.uuid = :uuid"
                + " and n.account = :me", Notification.class)
                .setParameter("uuid", notification.toString()).setParameter("me", me)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Notification", notification));
        found.markRead(Instant.now());
    }

    /** Marks all the signed-in member's notifications read; returns how many were unread. */
    public int markAllRead() {
        List<Notification> unread = em.createQuery("select n from Notification n"
                + " where n.account = :me and n.readAt is null", Notification.class)
                .setParameter("me", Members.signedIn(em, context)).getResultList();
        Instant now = Instant.now();
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }

    /**
     * The signed-in account's choice for every topic it may hear of (those of administrators
     * only for them), the default where it made none.
     */
    public List<NotificationTopic.Choice> choices() {
        Account me = Members.signedIn(em, context);
        boolean admin = context.isCallerInRole(Roles.ADMIN);
        List<NotificationTopic.Choice> all = new ArrayList<>();
        for (NotificationTopic topic : NotificationTopic.values()) {
            if (admin || !topic.forAdmins()) {
                all.add(choiceOf(me, topic));
            }
        }
        return all;
    }

    /**
     * Stores the signed-in account's choices; topics left out keep theirs. A choice on a topic
     * of administrators made by anyone else is refused, and nothing is stored.
     */
    public void choose(List<NotificationTopic.Choice> choices) {
        Account me = Members.signedIn(em, context);
        if (!context.isCallerInRole(Roles.ADMIN)
                && choices.stream().anyMatch(c -> c.topic().forAdmins())) {
            throw Problems.invalid("topic", "notifications.adminTopic");
        }
        for (NotificationTopic.Choice choice : choices) {
            NotificationChoice stored = stored(me, choice.topic());
            if (stored == null) {
                stored = new NotificationChoice(me, choice.topic());
                em.persist(stored);
            }
            stored.change(choice.inPortal(), choice.byMail());
        }
        em.flush();
        LOG.info(() -> "Account " + me.getUuid() + " chose its notifications");
    }

    /**
     * Hands the mail, with the extra header fields, to the mailer, which sends it after the
     * transaction commits.
     */
    protected void send(Mail mail, Map<String, String> headers) {
        mailer.sendAfterCommit(mail, headers);
    }

    /** The page where the member answers the form, or null when they cannot answer it. */
    private static String formPage(Account member, UUID form, boolean forEntities) {
        if (!forEntities) {
            return FORM_PAGE + form;
        }
        List<Organisation> entities = member.getEntities().stream()
                .filter(Organisation::isPublic).toList();
        if (entities.isEmpty()) {
            return null;
        }
        return entities.size() == 1
                ? FORM_PAGE + form + "&entity=" + entities.get(0).getUuid() : "/my/forms/";
    }

    private static boolean hasEmail(Account account) {
        return account.getEmail() != null && !account.getEmail().isBlank();
    }

    private static Locale localeOf(Account account) {
        return account.getLanguage() == null ? Locale.ENGLISH
                : Locale.forLanguageTag(account.getLanguage());
    }

    private NotificationTopic.Choice choiceOf(Account member, NotificationTopic topic) {
        NotificationChoice stored = stored(member, topic);
        return stored == null ? topic.byDefault() : stored.choice();
    }

    private NotificationChoice stored(Account member, NotificationTopic topic) {
        return em.createQuery("select c from NotificationChoice c where c.account = :member"
                + " and c.topic = :topic", NotificationChoice.class)
                .setParameter("member", member).setParameter("topic", topic)
                .getResultStream().findFirst().orElse(null);
    }

    private static Map<String, Object> values(String about, String message, String link) {
        Map<String, Object> values = new HashMap<>();
        values.put("about", about);
        values.put("title", about);
        values.put("message", message == null ? "-" : message);
        values.put("link", link);
        return values;
    }
}
