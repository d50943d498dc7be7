package org.openxeco.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.account.Emails;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.mail.MailKind;
import org.openxeco.notification.Notifications;
import org.openxeco.setup.NodeSettings;

/**
 * The public contact form and the administrators' side of it: a visitor's message is checked
 * (fields, per-client limit, the hidden field and the signed time of issue) and kept as plain
 * text; administrators read the open ones, oldest first, and close them.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class ContactMessages {

    static final String KEY_SETTING = "contact.form-key";

    /** The administrators' page that lists the open messages. */
    static final String QUEUE_PAGE = "/admin/members/queue.xhtml";

    private static final Logger LOG = Logger.getLogger(ContactMessages.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    NodeSettings settings;

    @Inject
    ContactLimits limits;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "openxeco.contact.min-age", defaultValue = "PT3S")
    Duration minAge;

    @Inject
    @ConfigProperty(name = "openxeco.contact.max-age", defaultValue = "PT2H")
    Duration maxAge;

    /** The signed stamp of a contact form shown now. */
    public String issueStamp() {
        return FormStamps.issue(key(), Instant.now());
    }

    /**
     * Takes a visitor's message from the given client. A message whose hidden field is filled
     * in is dropped without a word, as only machines see that field, and so is a form sent
     * again with a stamp already taken (a double click); anything else refused says why and
     * stores nothing.
     */
    public void send(ContactForm form, String client) {
        if (form.website() != null && !form.website().isBlank()) {
            LOG.info("Dropped a contact message whose hidden field was filled in");
            return;
        }
        switch (FormStamps.check(key(), form.stamp(), Instant.now(), minAge, maxAge)) {
            case FORGED -> throw Problems.invalid("form", "contact.stampInvalid");
            case TOO_FAST -> throw Problems.invalid("form", "contact.tooFast");
            case TOO_OLD -> throw Problems.invalid("form", "contact.tooOld");
            case FINE -> { }
        }
        String stampHash = FormStamps.digest(form.stamp());
        if (stampTaken(stampHash)) {
            LOG.info("A contact form sent again with the same stamp was kept once");
            return;
        }
        ContactMessage message = checked(form, stampHash);
        if (!limits.take(client)) {
            throw new ConflictException("contact-limit", "Too many messages from this client;"
                    + " try again later");
        }

        em.persist(message);
        em.flush();
        LOG.info(() -> "Contact message " + message.getUuid() + " received");
        notifications.tellAdmins(MailKind.CONTACT_RECEIVED, message.getSubject(), Map.of(
                "name", message.getName(), "email", message.getEmail(),
                "subject", message.getSubject(), "message", message.getMessage()), QUEUE_PAGE,
                message.getEmail());
    }

    /** The messages not closed yet, oldest first. */
    public List<ContactMessage> open() {
        Roles.requireAdmin(context);
        return em.createQuery("select m from ContactMessage m where m.closedAt is null"
                + " order by m.created, m.id", ContactMessage.class).getResultList();
    }

    /** How many messages are not closed yet. */
    public long countOpen() {
        Roles.requireAdmin(context);
        return em.createQuery("select count(m) from ContactMessage m where m.closedAt is null",
                Long.class).getSingleResult();
    }

    /** Closes a message the caller has read, if it is still the version they saw. */
    public ContactMessage close(UUID uuid, long version) {
        Roles.requireAdmin(context);
        ContactMessage message = em.createQuery("select m from ContactMessage m"
                + " where m.uuid = :uuid", ContactMessage.class)
                .setParameter("uuid", uuid.toString()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Contact message", uuid));
        StaleVersionException.check("Contact message " + uuid, version, message.getVersion());
        if (!message.isOpen()) {
            throw new ConflictException("closed", "The message " + uuid + " is closed already");
        }

        message.close(Instant.now(), context.getCallerPrincipal().getName());
        em.flush();
        LOG.info(() -> "Contact message " + uuid + " closed");
        return message;
    }

    private boolean stampTaken(String stampHash) {
        return !em.createQuery("select m.id from ContactMessage m where m.stampHash = :h",
                Long.class).setParameter("h", stampHash).setMaxResults(1).getResultList()
                .isEmpty();
    }

    private static ContactMessage checked(ContactForm form, String stampHash) {
        List<FieldError> errors = new ArrayList<>();
        String name = text(errors, "name", form.name(), ContactMessage.NAME_MAX, true);
        String subject = text(errors, "subject", form.subject(), ContactMessage.SUBJECT_MAX,
                true);
        String message = text(errors, "message", form.message(), ContactMessage.MESSAGE_MAX,
                false);
        String email = null;
        try {
            email = Emails.checked("email", form.email());
        } catch (InvalidInputException invalid) {
            errors.addAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ContactMessage(name, email, subject, message, Instant.now(), stampHash);
    }

    /** The text without control characters (line breaks kept in a message), or a refusal. */
    private static String text(List<FieldError> errors, String field, String value, int max,
            boolean oneLine) {
        String clean = value == null ? "" : value.replace("\r\n", "\n")
                .replaceAll(oneLine ? "\\p{Cntrl}" : "[\\p{Cntrl}&&[^\\n\\t]]", oneLine ? " " : "")
                .strip();
        if (clean.isEmpty()) {
            errors.add(Problems.field(field, "contact.required"));
        } else if (clean.length() > max) {
            errors.add(Problems.field(field, "contact.tooLong", max));
        }
        return clean;
    }

    private String key() {
        return settings.find(KEY_SETTING).orElseGet(() -> {
            String created = FormStamps.newKey();
            settings.put(KEY_SETTING, created);
            return created;
        });
    }
}
