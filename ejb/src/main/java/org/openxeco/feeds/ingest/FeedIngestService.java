package org.openxeco.feeds.ingest;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.audit.AuditTrail;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.SystemTask;

/**
 * Subscribes to RSS and Atom feeds and checks them: a feed is fetched outside any
 * transaction, then its new items become draft news articles in one transaction with the
 * check's outcome ({@link FeedLedger}). A subscription is checked by one check at a time;
 * a failure is recorded on it and imports nothing. Administrators only.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedIngestService {

    private static final Logger LOG = Logger.getLogger(FeedIngestService.class.getName());
    /** A check that has held its subscription for longer than this is taken to be dead. */
    static final Duration LONGEST_CHECK = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    FeedLedger ledger;

    @Inject
    FeedFetcher fetcher;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "openxeco.feeds.check-interval", defaultValue = "PT1H")
    Duration interval = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "openxeco.feeds.max-items", defaultValue = "200")
    int maxItems = 200;

    Clock clock = Clock.systemUTC();

    /**
     * Subscribes to the feed at the address after reading it once: an address that cannot
     * be read as a feed is refused, naming {@code url}, and nothing is stored. The items
     * found become drafts at once.
     */
    public FeedSubscription subscribe(String url) {
        Roles.requireAdmin(context);
        String address = FeedInputs.address(url);
        if (ledger.findByUrl(address).isPresent()) {
            throw new FeedRefusedException(FeedProblem.DUPLICATE, address);
        }

        FeedFetcher.Answer answer = fetcher.fetch(address, null, null);
        if (answer.notModified()) {
            throw new FeedRefusedException(FeedProblem.HTTP_STATUS, "HTTP 304");
        }
        ParsedFeed feed = FeedReader.read(answer.body(), answer.contentType(), URI.create(address),
                maxItems);

        try {
            return ledger.subscribe(address, caller(), feed, answer.etag(), answer.lastModified());
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // Another administrator subscribed to the same address meanwhile.
            if (ledger.findByUrl(address).isPresent()) {
                throw new FeedRefusedException(FeedProblem.DUPLICATE, address);
            }
            throw e;
        }
    }

    /** Checks the feed now and imports its new items; a check already going is left to it. */
    public CheckOutcome check(UUID uuid) {
        Roles.requireAdmin(context);
        return run(uuid, null);
    }

    /**
     * Checks, one after the other, every active subscription whose interval has passed;
     * returns how many were checked. For the schedule.
     */
    public int checkDue() {
        Roles.requireAdmin(context);
        int checked = 0;
        for (UUID uuid : due()) {
            try {
                if (run(uuid, interval).state() != CheckOutcome.State.BUSY) {
                    checked++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Scheduled check of feed " + uuid + " failed");
            }
        }
        return checked;
    }

    private CheckOutcome run(UUID uuid, Duration dueEvery) {
        Optional<FeedLedger.Claim> taken = ledger.claim(uuid, LONGEST_CHECK, dueEvery);
        if (taken.isEmpty()) {
            return CheckOutcome.of(CheckOutcome.State.BUSY);
        }
        FeedLedger.Claim claim = taken.get();
        ParsedFeed feed;
        FeedFetcher.Answer answer;
        try {
            answer = fetcher.fetch(claim.url(), claim.etag(), claim.lastModified());
            if (answer.notModified()) {
                ledger.notModified(claim.id());
                return CheckOutcome.of(CheckOutcome.State.NOT_MODIFIED);
            }
            feed = FeedReader.read(answer.body(), answer.contentType(), URI.create(claim.url()),
                    maxItems);
        } catch (FeedRefusedException e) {
            ledger.failed(claim.id(), e.problem(), e.detail());
            return CheckOutcome.failed(e);
        } catch (RuntimeException e) {
            ledger.release(claim.id());
            throw e;
        }
        return CheckOutcome.imported(store(claim, feed, answer));
    }

    /**
     * Imports the feed; when another check stored some of the same items first (the unique
     * key refuses the second copy and nothing of this attempt stays), tries once more.
     */
    private int store(FeedLedger.Claim claim, ParsedFeed feed, FeedFetcher.Answer answer) {
        try {
            return ledger.imported(claim.id(), feed, answer.etag(), answer.lastModified());
        } catch (DomainException e) {
            ledger.release(claim.id());
            throw e;
        } catch (RuntimeException first) {
            LOG.log(Level.FINE, first, () -> "Import of " + claim.url() + " tried again");
            try {
                return ledger.imported(claim.id(), feed, answer.etag(), answer.lastModified());
            } catch (RuntimeException second) {
                ledger.release(claim.id());
                throw second;
            }
        }
    }

    /** Stops the scheduled checks of the subscription; "check now" still works. */
    public FeedSubscription pause(UUID uuid) {
        Roles.requireAdmin(context);
        return ledger.activate(uuid, false);
    }

    /** Resumes the scheduled checks of the subscription. */
    public FeedSubscription resume(UUID uuid) {
        Roles.requireAdmin(context);
        return ledger.activate(uuid, true);
    }

    /**
     * Gives the subscription a check interval of its own (an ISO-8601 duration from five
     * minutes to thirty days); blank returns it to the node's default. A bad value is
     * refused naming {@code checkInterval}.
     */
    public FeedSubscription setCheckInterval(UUID uuid, String every) {
        Roles.requireAdmin(context);
        return ledger.interval(uuid, FeedInputs.interval(every));
    }

    /** Ends the subscription; the drafts it brought stay as they are. */
    public void unsubscribe(UUID uuid) {
        Roles.requireAdmin(context);
        ledger.remove(uuid);
    }

    /** Every subscription, by title, with the number of items read from it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SubscriptionState> list() {
        Roles.requireAdmin(context);
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select i.subscription.id, count(i) from FeedItem i"
                + " group by i.subscription.id", Object[].class).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return em.createQuery("select s from FeedSubscription s order by s.created, s.id",
                FeedSubscription.class).getResultList().stream()
                .map(s -> new SubscriptionState(s, counts.getOrDefault(s.getId(), 0L))).toList();
    }

    /** One subscription with its item count. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SubscriptionState get(UUID uuid) {
        Roles.requireAdmin(context);
        FeedSubscription subscription = em.createQuery("select s from FeedSubscription s"
                + " where s.uuid = :uuid", FeedSubscription.class)
                .setParameter("uuid", uuid.toString()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Feed subscription", uuid));
        return new SubscriptionState(subscription, em.createQuery("select count(i) from FeedItem i"
                + " where i.subscription = :s", Long.class).setParameter("s", subscription)
                .getSingleResult());
    }

    /** The items read most recently, of every subscription or of one, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FeedItem> recentItems(UUID subscription, int max) {
        Roles.requireAdmin(context);
        String where = subscription == null ? "" : " where i.subscription.uuid = :uuid";
        var query = em.createQuery("select i from FeedItem i join fetch i.subscription" + where
                + " order by i.importedAt desc, i.id desc", FeedItem.class)
                .setMaxResults(Math.max(1, Math.min(max, 500)));
        if (subscription != null) {
            query.setParameter("uuid", subscription.toString());
        }
        return query.getResultList();
    }

    /** The subscriptions whose scheduled check is due now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UUID> due() {
        Instant now = Instant.now(clock);
        return em.createQuery("select s from FeedSubscription s where s.active = true",
                FeedSubscription.class).getResultList().stream()
                .filter(s -> s.isDue(now, interval)).map(FeedSubscription::getUuid).toList();
    }

    /** The default time between two scheduled checks of a feed. */
    public Duration interval() {
        return interval;
    }

    private String caller() {
        if (SystemTask.isActive() || context == null) {
            return AuditTrail.NODE_ACTOR;
        }
        Principal principal = context.getCallerPrincipal();
        return principal == null ? AuditTrail.NODE_ACTOR : principal.getName();
    }
}
