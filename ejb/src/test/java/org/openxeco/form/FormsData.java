package org.openxeco.form;

import static org.openxeco.testing.Wiring.set;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.Roles;
import org.openxeco.mail.Mail;
import org.openxeco.mail.MailTemplates;
import org.openxeco.notification.Notifications;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/**
 * A fresh node with the forms' services wired by hand, members made as accounts and attached
 * to entities directly in the database, and calls run as an administrator or a member.
 */
final class FormsData implements AutoCloseable {

    final Services services;
    final FormBuilder builder = new FormBuilder();
    final FormAnswers answers = new FormAnswers();
    final FormResults results = new FormResults();
    final FormCsv csv = new FormCsv();
    /** Mails to members, collected instead of sent. */
    final List<Mail> mails = Collections.synchronizedList(new ArrayList<>());
    final Notifications notices = new Notifications() {
        @Override
        protected void send(Mail mail, Map<String, String> headers) {
            mails.add(mail);
        }
    };

    private String caller;
    private Set<String> roles = Set.of();

    FormsData() {
        this(new Services());
    }

    /** The forms' services on the database of another, as a second user at the same time. */
    FormsData(FormsData sameDatabase) {
        this(new Services(sameDatabase.services));
    }

    private FormsData(Services services) {
        this.services = services;
        SessionContext context = (SessionContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SessionContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isCallerInRole" -> roles.contains((String) args[0]);
                    case "getCallerPrincipal" -> (Principal) () -> caller == null
                            ? "UNAUTHENTICATED" : caller;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        MailTemplates templates = new MailTemplates();
        for (Object service : new Object[] {builder, answers, results, csv, notices, templates}) {
            set(service, "em", services.entityManager());
            set(service, "context", context);
        }
        set(notices, "templates", templates);
        set(notices, "uris", services.uris);
        set(builder, "notices", notices);
    }

    /** Runs work in one transaction as an administrator. */
    <T> T admin(Callable<T> work) {
        return services.asAdmin(work);
    }

    /** Runs work in one transaction as the signed-in member. */
    <T> T as(String username, Callable<T> work) {
        caller = username;
        roles = Set.of(Roles.MEMBER);
        try {
            return services.asVisitor(work);
        } finally {
            caller = null;
            roles = Set.of();
        }
    }

    /** Makes an active member account; returns its user name. */
    String member() {
        String username = "m-" + UUID.randomUUID().toString().substring(0, 8);
        services.asVisitor(() -> {
            EntityManager em = services.entityManager();
            // Far above the sequence's values, so no generated id ever meets it.
            long id = 1_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
            em.createNativeQuery("insert into account (id, uuid, version, created, updated,"
                    + " username, username_key, password_hash, active, email, email_key,"
                    + " language) values (?1, ?2, 1, ?3, ?3, ?4, ?4, 'x', true, ?5, ?5, 'en')")
                    .setParameter(1, id).setParameter(2, UUID.randomUUID().toString())
                    .setParameter(3, OffsetDateTime.now()).setParameter(4, username)
                    .setParameter(5, username + "@example.org").executeUpdate();
            return em.createNativeQuery("insert into account_role (account_id, role)"
                    + " values (?1, ?2)").setParameter(1, id).setParameter(2, Roles.MEMBER)
                    .executeUpdate();
        });
        return username;
    }

    /** A public entity made by an administrator. */
    Organisation entity(String name) {
        return admin(() -> services.organisations.create(
                Fixtures.organisation(Fixtures.unique(name), "LU"), List.of()));
    }

    /** Attaches the member to the entity, as an approved request would. */
    void attach(String username, Organisation organisation) {
        services.asVisitor(() -> services.entityManager().createNativeQuery("insert into"
                + " account_entity (account_id, organisation_id) select a.id, o.id from account a,"
                + " organisation o where a.username = ?1 and o.uuid = ?2")
                .setParameter(1, username).setParameter(2, organisation.getUuid().toString())
                .executeUpdate());
        services.entityManager().clear();
    }

    @Override
    public void close() {
        services.close();
    }
}
