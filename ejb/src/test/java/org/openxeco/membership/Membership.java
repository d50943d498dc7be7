package org.openxeco.membership;

import static org.openxeco.testing.Wiring.set;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.openxeco.account.AccountManagement;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.Roles;
import org.openxeco.mail.Mail;
import org.openxeco.mail.MailTemplates;
import org.openxeco.notification.Notifications;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/**
 * The membership services wired by hand on the test database next to the domain services,
 * with members signed in by {@link #asMember}. Members' mails are collected instead of sent:
 * the browser tests send them through a real SMTP server.
 */
final class Membership implements AutoCloseable {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    final Services services;
    final TestCaller caller = new TestCaller();
    final List<Mail> mails = Collections.synchronizedList(new ArrayList<>());
    final AttachmentRequests requests = new AttachmentRequests();
    final RequestQueue queue = new RequestQueue();
    final MemberEntities entities = new MemberEntities();
    final ChangeQueue changeQueue = new ChangeQueue();
    final ReviewSetting setting = new ReviewSetting();
    final MemberArticles articles = new MemberArticles();
    final ArticleReviews reviews = new ArticleReviews();
    final AccountManagement accounts = new AccountManagement();
    final MailTemplates templates = new MailTemplates();
    final Notifications notices = new Notifications() {
        @Override
        protected void send(Mail composed, Map<String, String> headers) {
            mails.add(composed);
        }
    };

    Membership() {
        this(new Services());
    }

    /** The membership services on the database of another, as a second user at once. */
    Membership(Membership sameDatabase) {
        this(new Services(sameDatabase.services));
    }

    private Membership(Services services) {
        this.services = services;
        set(services.audit, "context", caller);
        set(services.workflow, "context", caller);
        set(services.articles, "context", caller);
        set(services.media, "context", caller);
        set(notices, "uris", services.uris);
        set(notices, "templates", templates);
        set(notices, "em", services.entityManager());
        set(notices, "context", caller);
        set(templates, "em", services.entityManager());
        set(templates, "context", caller);
        set(setting, "settings", services.settings);
        for (Object service : new Object[] {requests, queue, entities, changeQueue, setting,
                articles, reviews}) {
            set(service, "context", caller);
        }
        for (Object service : new Object[] {requests, queue, entities, changeQueue,
                articles, reviews}) {
            set(service, "em", services.entityManager());
        }
        for (Object service : new Object[] {requests, queue, entities, changeQueue, articles,
                reviews}) {
            set(service, "changes", services.changes);
        }
        for (Object service : new Object[] {requests, entities, changeQueue, articles}) {
            set(service, "validator", VALIDATOR);
        }
        set(requests, "organisations", services.organisations);
        set(queue, "organisations", services.organisations);
        set(queue, "audit", services.audit);
        set(accounts, "em", services.entityManager());
        set(accounts, "context", caller);
        set(queue, "accounts", accounts);
        set(queue, "notices", notices);
        set(entities, "media", services.media);
        set(entities, "setting", setting);
        set(changeQueue, "media", services.media);
        set(changeQueue, "notices", notices);
        set(reviews, "workflow", services.workflow);
        set(reviews, "notices", notices);
    }

    /** Makes an active member account with an e-mail address; returns its user name. */
    String member(String language) {
        String username = "m-" + UUID.randomUUID().toString().substring(0, 8);
        services.asVisitor(() -> {
            var em = services.entityManager();
            // Far above the sequence's values, so no generated id ever meets it.
            long id = 1_000_000_000_000L
                    + ThreadLocalRandom.current().nextLong(1_000_000_000L);
            em.createNativeQuery("insert into account (id, uuid, version, created, updated,"
                    + " username, username_key, password_hash, active, email, email_key,"
                    + " language) values (?1, ?2, 1, ?3, ?3, ?4, ?4, 'x', true, ?5, ?5, ?6)")
                    .setParameter(1, id).setParameter(2, UUID.randomUUID().toString())
                    .setParameter(3, OffsetDateTime.now())
                    .setParameter(4, username).setParameter(5, username + "@example.org")
                    .setParameter(6, language).executeUpdate();
            em.createNativeQuery("insert into account_role (account_id, role) values (?1, ?2)")
                    .setParameter(1, id).setParameter(2, Roles.MEMBER).executeUpdate();
            return null;
        });
        return username;
    }

    /** Makes an active account holding both the member and the admin role. */
    String adminMember() {
        String username = member("en");
        services.asVisitor(() -> services.entityManager().createNativeQuery("insert into"
                + " account_role (account_id, role) select id, ?1 from account where username = ?2")
                .setParameter(1, Roles.ADMIN).setParameter(2, username).executeUpdate());
        return username;
    }

    /** A public entity made by an administrator. */
    Organisation entity(String name) {
        return services.asAdmin(() -> services.organisations.create(
                Fixtures.organisation(Fixtures.unique(name), "LU"), List.of()));
    }

    /** Runs work in one transaction as the signed-in member. */
    <T> T asMember(String username, Callable<T> work) {
        caller.signIn(username, Roles.MEMBER);
        try {
            return services.asVisitor(work);
        } finally {
            caller.signOut();
        }
    }

    /** Runs work in one transaction as the signed-in administrator of this name. */
    <T> T asAdmin(String username, Callable<T> work) {
        caller.signIn(username, Roles.ADMIN, Roles.MEMBER);
        try {
            return services.asVisitor(work);
        } finally {
            caller.signOut();
        }
    }

    /**
     * Runs work with members' entity changes waiting for review or not, as the work needs,
     * and puts the node setting back as it was, whatever the work did.
     */
    void withReview(boolean required, Runnable work) {
        withReview(required, () -> {
            work.run();
            return null;
        });
    }

    /** Runs work with members' entity changes reviewed or not, as above, and returns its result. */
    <T> T withReview(boolean required, Callable<T> work) {
        boolean before = asAdmin(() -> setting.reviewRequired());
        asAdmin(() -> {
            setting.setReviewRequired(required);
            return null;
        });
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            asAdmin(() -> {
                setting.setReviewRequired(before);
                return null;
            });
        }
    }

    /** Runs work in one transaction as an administrator. */
    <T> T asAdmin(Callable<T> work) {
        return services.asAdmin(work);
    }

    /** The mails sent to a member so far. */
    List<Mail> mailsTo(String username) {
        return mails.stream().filter(m -> m.to().equals(username + "@example.org")).toList();
    }

    /** Attaches a member to an entity the way the queue does: request, then approval. */
    void attach(String username, Organisation organisation) {
        MemberRequest request = asMember(username, () -> requests.requestAttachment(
                organisation.getUuid(), "I work there"));
        asAdmin(() -> queue.approve(request.getUuid(), request.getVersion(), null));
    }

    @Override
    public void close() {
        services.close();
    }
}
