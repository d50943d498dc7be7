package org.openxeco.campaign;

import static org.openxeco.testing.Wiring.set;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.Roles;
import org.openxeco.mail.Mailer;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/**
 * The campaign services wired by hand on the test database as the container wires them:
 * the ledger's steps each in a transaction of their own, and a real mailer sending to the
 * given SMTP port (a GreenMail server of the test).
 */
final class CampaignTesting implements AutoCloseable {

    final Services services;
    final Audiences audiences = new Audiences();
    final CampaignTemplates templates = new CampaignTemplates();
    final Campaigns campaigns = new Campaigns();
    final CampaignLedger ledger;
    final CampaignDispatcher dispatcher = new CampaignDispatcher();
    final Unsubscribes unsubscribes = new Unsubscribes();

    CampaignTesting(Services services, int smtpPort) {
        this.services = services;
        var em = services.entityManager();
        ledger = new Ledger(services);
        audiences.em = em;
        audiences.taxonomies = services.taxonomies;
        templates.em = em;
        campaigns.em = em;
        campaigns.templates = templates;
        campaigns.audiences = audiences;
        campaigns.uris = services.uris;
        campaigns.nodeName = Services.NODE_NAME;
        ledger.em = em;
        ledger.audiences = audiences;
        Mailer mailer = mailer(smtpPort);
        campaigns.mailer = mailer;
        dispatcher.ledger = ledger;
        dispatcher.mailer = mailer;
        dispatcher.uris = services.uris;
        dispatcher.nodeName = Services.NODE_NAME;
        unsubscribes.em = em;
    }

    @Override
    public void close() {
        services.close();
    }

    /** A draft, stored, then scheduled to leave now; returns its UUID. */
    UUID sendNow(CampaignDraft draft) {
        UUID uuid = services.asAdmin(() -> campaigns.create(draft)).getUuid();
        services.asAdmin(() -> campaigns.schedule(uuid, campaigns.get(uuid).getVersion(), null));
        return uuid;
    }

    /** Runs the sender until nothing is left to send; returns how many it handled. */
    int sendAll(int batch) {
        int total = 0;
        int handled;
        do {
            handled = services.asAdminWithoutTransaction(() -> dispatcher.sendDue(batch));
            total += handled;
        } while (handled > 0);
        return total;
    }

    CampaignProgress progress(UUID uuid) {
        return services.asAdmin(() -> campaigns.progress(uuid));
    }

    /** Makes an active member account with an address; returns the address. */
    String member(String name, boolean accepts, Organisation... entities) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        String address = username + "@example.org";
        services.asVisitor(() -> {
            var em = services.entityManager();
            long id = 1_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
            em.createNativeQuery("insert into account (id, uuid, version, created, updated,"
                    + " username, username_key, password_hash, active, email, email_key,"
                    + " accepts_communication) values (?1, ?2, 1, ?3, ?3, ?4, ?4, 'x', true,"
                    + " ?5, ?5, ?6)").setParameter(1, id)
                    .setParameter(2, UUID.randomUUID().toString())
                    .setParameter(3, OffsetDateTime.now()).setParameter(4, username)
                    .setParameter(5, address).setParameter(6, accepts).executeUpdate();
            em.createNativeQuery("insert into account_role (account_id, role) values (?1, ?2)")
                    .setParameter(1, id).setParameter(2, Roles.MEMBER).executeUpdate();
            for (Organisation entity : entities) {
                em.createNativeQuery("insert into account_entity (account_id, organisation_id)"
                        + " select ?1, o.id from organisation o where o.uuid = ?2")
                        .setParameter(1, id).setParameter(2, entity.getUuid().toString())
                        .executeUpdate();
            }
            return null;
        });
        return address;
    }

    /** Stores an entity with these tags and status. */
    Organisation entity(OrganisationStatus status, TaxonomyValue... tags) {
        Organisation o = Fixtures.organisation(Fixtures.unique("Campaign entity"), "LU");
        o.setStatus(status);
        return services.asAdmin(() -> services.organisations.create(o,
                List.of(tags).stream().map(TaxonomyValue::getUuid).toList()));
    }

    TaxonomyValue value(UUID scheme, String code, TaxonomyValue parent) {
        TaxonomyValue data = new TaxonomyValue(services.taxonomies.scheme(scheme), code);
        data.setLabels(Map.of("en", "Label " + code));
        return services.asAdmin(() -> services.taxonomies.createValue(scheme, data,
                parent == null ? null : parent.getUuid()));
    }

    static Instant now() {
        return Instant.now();
    }

    private static Mailer mailer(int port) {
        Mailer mailer = new Mailer();
        set(mailer, "host", "127.0.0.1");
        set(mailer, "port", port);
        set(mailer, "from", "node@example.org");
        set(mailer, "username", " ");
        set(mailer, "password", " ");
        set(mailer, "startTls", false);
        set(mailer, "timeout", Duration.ofSeconds(10));
        try {
            Method connect = Mailer.class.getDeclaredMethod("connect");
            connect.setAccessible(true);
            connect.invoke(mailer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return mailer;
    }

    /** The ledger with each step in a transaction of the services' entity manager. */
    private static final class Ledger extends CampaignLedger {

        private final Services services;

        Ledger(Services services) {
            this.services = services;
        }

        @Override
        public Optional<Campaign> startDue(Instant now) {
            return services.asVisitor(() -> super.startDue(now));
        }

        @Override
        public List<Long> queued(int max) {
            return services.asVisitor(() -> super.queued(max));
        }

        @Override
        public Optional<Claim> claim(long id, Instant now) {
            return services.asVisitor(() -> super.claim(id, now));
        }

        @Override
        public void sent(long id, Instant now) {
            services.asVisitor(() -> {
                super.sent(id, now);
                return null;
            });
        }

        @Override
        public void failed(long id, Instant now, String reason) {
            services.asVisitor(() -> {
                super.failed(id, now, reason);
                return null;
            });
        }

        @Override
        public int interrupted(Instant claimedBefore, Instant now) {
            return services.asVisitor(() -> super.interrupted(claimedBefore, now));
        }

        @Override
        public int finishDone(Instant now) {
            return services.asVisitor(() -> super.finishDone(now));
        }
    }
}
