package org.openxeco.network.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.ValidatorFactory;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openxeco.audit.AuditChannel;
import org.openxeco.kernel.InputCheck;
import org.openxeco.kernel.Jsonp;
import org.openxeco.kernel.SystemTask;
import org.openxeco.network.catalogue.CatalogueFormatException;
import org.openxeco.network.peers.Peer;
import org.openxeco.network.peers.PeerCallException;
import org.openxeco.network.peers.PeerClient;
import org.openxeco.network.peers.PeerReply;
import org.openxeco.network.peers.PeerState;

/**
 * Runs syncs and imports: reads a peer's change feed page by page from the position this
 * node has reached, or fetches chosen objects by URI, and has each page applied in its own
 * transaction ({@link PageApplier}). Peer calls happen outside transactions, each within the
 * client's time limits; a run of one peer never waits for another peer. A failure ends the
 * run with its reason in the log; the position stays where the last applied page left it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncRunner {

    private static final Logger LOG = Logger.getLogger(SyncRunner.class.getName());
    private static final int MAX_STALE_READS = 20;

    @Inject
    PeerClient client;

    @Resource
    ManagedExecutorService executor;

    @Inject
    PageApplier applier;

    @Inject
    SyncLedger ledger;

    @Inject
    LogoFetcher logos;

    @Inject
    ConceptResolver resolver;

    @Inject
    TaxonomyFetch taxonomies;

    @Inject
    ValidatorFactory validation;

    @Inject
    @ConfigProperty(name = "openxeco.sync.page-size", defaultValue = "500")
    int pageSize = 500;

    /** Starts a run of the peer's feed in the background and returns at once. */
    @Asynchronous
    public Future<SyncRun.State> syncLater(Peer peer, SyncRun.Trigger trigger, String by) {
        return new AsyncResult<>(sync(peer, trigger, by));
    }

    /** Reads the peer's feed up to its head, page by page. */
    public SyncRun.State sync(Peer peer, SyncRun.Trigger trigger, String by) {
        ledger.ensure(peer.getId());
        long runId = ledger.start(peer.getId(), trigger, by);
        Future<Fetched> fetching = null;
        try {
            ledger.relink(peer.getId());
            int stale = 0;
            long from = ledger.state(peer.getId()).getPosition();
            fetching = fetch(peer, from);
            while (true) {
                Fetched fetched = await(fetching);
                JsonObject page = fetched.answer();
                long next = number(page, "next");
                boolean more = page.getBoolean("more", false);
                if (next < from || more && next == from) {
                    throw new CatalogueFormatException("The feed of " + peer.getName()
                            + " does not move on from position " + from);
                }
                // The next page is read while this one is applied.
                fetching = more ? fetch(peer, next) : null;
                long after = from;
                PageResult result = system(() -> applier.feedPage(peer.getId(), runId, after,
                        next, number(page, "head"), fetched.read()));
                if (result == null) {
                    // Another run moved the position: read again from where it is now.
                    if (++stale > MAX_STALE_READS) {
                        // The other run is doing the work: this one leaves it to it.
                        if (fetching != null) {
                            fetching.cancel(true);
                        }
                        ledger.finish(runId, SyncRun.State.DONE, "Another run of this peer"
                                + " went on from position " + from);
                        return SyncRun.State.DONE;
                    }
                    if (fetching != null) {
                        fetching.cancel(true);
                    }
                    from = ledger.state(peer.getId()).getPosition();
                    fetching = fetch(peer, from);
                    continue;
                }
                if (!more) {
                    break;
                }
                from = next;
            }
            logos.fetchPending(peer);
            ledger.finish(runId, SyncRun.State.DONE, null);
            return SyncRun.State.DONE;
        } catch (RuntimeException e) {
            if (fetching != null) {
                // The page read ahead is of no use now.
                fetching.cancel(true);
            }
            return failed(runId, peer, e);
        }
    }

    /** A page of the peer's feed as it came and as read. */
    private record Fetched(JsonObject answer, ReadPage read) {
    }

    /**
     * Reads one page of the peer's feed in the background, and its changes and objects too,
     * so that the transaction applying it has only to write.
     */
    private Future<Fetched> fetch(Peer peer, long after) {
        return executor.submit(() -> {
            JsonObject answer = call(peer, () -> client.call(peer,
                    api -> api.changes(after, pageSize)));
            // A page without its positions is refused for that first, as before reading it.
            number(answer, "next");
            number(answer, "head");
            return new Fetched(answer, read(changes(answer)));
        });
    }

    private ReadPage read(List<JsonObject> changes) {
        return ReadPage.of(changes, InputCheck.forObjectsInMemory(validation));
    }

    private static <T> T await(Future<T> page) {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerCallException("The sync was interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new PeerCallException(String.valueOf(e.getCause()));
        }
    }

    /** Imports (or refreshes) the objects with these URIs, in pages of the feed's size. */
    public long importObjects(Peer peer, List<String> uris, SyncRun.Trigger trigger,
            String by) {
        ledger.ensure(peer.getId());
        long runId = ledger.start(peer.getId(), trigger, by);
        try {
            ledger.relink(peer.getId());
            for (int i = 0; i < uris.size(); i += pageSize) {
                List<String> part = uris.subList(i, Math.min(uris.size(), i + pageSize));
                byte[] body = Jsonp.createObjectBuilder().add("uris",
                        Jsonp.createArrayBuilder(part)).build().toString()
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                JsonObject answer = call(peer, () -> client.call(peer, api -> api.objects(body)));
                ReadPage read = read(changes(answer));
                long head = number(answer, "head");
                schemesFor(peer, read.changes());
                system(() -> applier.objects(peer.getId(), runId, head, read));
            }
            logos.fetchPending(peer);
            ledger.finish(runId, SyncRun.State.DONE, null);
        } catch (RuntimeException e) {
            failed(runId, peer, e);
        }
        return runId;
    }

    /**
     * Imports first the peer's taxonomies that the objects' tags need and that are not here,
     * so the tags are linked at once; tags of taxonomies the peer does not share wait as
     * references.
     */
    private void schemesFor(Peer peer, List<FeedChange> changes) {
        java.util.Map<String, String> schemeOfConcept = new java.util.HashMap<>();
        for (FeedChange change : changes) {
            change.references().stream()
                    .filter(r -> r.role() == ImportReference.Role.TAG && r.scheme() != null)
                    .forEach(r -> schemeOfConcept.put(r.uri(), r.scheme()));
        }
        schemeOfConcept.keySet().removeAll(resolver.resolve(schemeOfConcept.keySet()).keySet());
        if (!schemeOfConcept.isEmpty()) {
            system(() -> {
                taxonomies.ensureSchemes(peer, new java.util.HashSet<>(schemeOfConcept.values()));
                return null;
            });
        }
    }

    private SyncRun.State failed(long runId, Peer peer, RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        LOG.log(e instanceof PeerCallException || e instanceof CatalogueFormatException
                ? Level.WARNING : Level.SEVERE, e, () -> "Sync with " + peer.getBaseUrl()
                        + " failed: " + reason);
        ledger.finish(runId, SyncRun.State.FAILED, reason);
        return SyncRun.State.FAILED;
    }

    private static JsonObject call(Peer peer, java.util.function.Supplier<PeerReply> call) {
        if (peer.getState() != PeerState.ACTIVE) {
            throw new PeerCallException("The handshake with " + peer.getName() + " is "
                    + peer.getState().wire());
        }
        PeerReply reply = call.get();
        if (!reply.ok()) {
            throw new PeerCallException(peer.getName() + " answered HTTP " + reply.status()
                    + ": " + reply.problemDetail(), reply.status());
        }
        try {
            return reply.json();
        } catch (RuntimeException e) {
            throw new CatalogueFormatException(peer.getName() + " sent no JSON object", e);
        }
    }

    private static List<JsonObject> changes(JsonObject page) {
        if (!(page.get("changes") instanceof JsonArray array)) {
            throw new CatalogueFormatException("The answer has no changes array");
        }
        List<JsonObject> changes = new ArrayList<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonObject change)) {
                throw new CatalogueFormatException("A change is not a JSON object");
            }
            changes.add(change);
        }
        return changes;
    }

    private static long number(JsonObject page, String name) {
        if (page.get(name) instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 0) {
            return n.longValue();
        }
        throw new CatalogueFormatException("The answer has no '" + name + "' position");
    }

    private static <T> T system(java.util.concurrent.Callable<T> work) {
        try {
            return AuditChannel.run(AuditChannel.NODE, () -> SystemTask.run(work));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
