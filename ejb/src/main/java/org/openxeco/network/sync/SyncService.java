package org.openxeco.network.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.network.peers.Handshakes;
import org.openxeco.network.peers.Peer;
import org.openxeco.network.catalogue.CatalogueReader;
import org.openxeco.network.catalogue.PeerCataloguePage;
import org.openxeco.network.peers.PeerRegistry;
import org.openxeco.network.peers.PeerService;
import org.openxeco.network.peers.PeerState;

/**
 * What an admin does with imports and syncs, whatever the channel (portal, API): import
 * chosen objects of a peer, sync a peer now, follow all a peer shares, refresh a copy,
 * read the run log and the conflicts, resolve a conflict, detach a copy, and remove a peer
 * keeping or deleting its copies. Every method requires the admin role. Peer calls happen
 * in the runner, outside this bean's transaction, and each page commits on its own.
 */
@Stateless
public class SyncService {

    /** At most this many objects per import request. */
    public static final int MAX_IMPORT = 5000;

    private static final int DELETE_BATCH = 200;
    private static final List<ObjectType> ARTICLE_TYPES = List.of(ObjectType.NEWS,
            ObjectType.EVENT, ObjectType.JOB_OFFER, ObjectType.SERVICE, ObjectType.TOOL);

    @PersistenceContext
    EntityManager em;

    @Inject
    PeerRegistry peers;

    @Inject
    Handshakes handshakes;

    @Inject
    SyncRunner runner;

    @Inject
    SyncLedger ledger;

    @Inject
    Copies copies;

    @Inject
    PeerService browser;

    @Resource
    SessionContext context;

    /** Imports the peer's objects with these URIs now; returns the run that did it. */
    public SyncRun importObjects(UUID peerUuid, List<String> uris) {
        Roles.requireAdmin(context);
        Peer peer = active(peerUuid);
        List<String> wanted = uris == null ? List.of() : uris.stream().filter(u -> u != null
                && !u.isBlank()).map(String::strip).distinct().toList();
        if (wanted.isEmpty() || wanted.size() > MAX_IMPORT) {
            throw Problems.invalid("uris", "sync.uriCount", MAX_IMPORT);
        }
        List<String> foreign = new ArrayList<>(wanted.stream()
                .filter(u -> !u.startsWith(peer.getBaseUrl() + "/")).toList());
        if (!foreign.isEmpty()) {
            throw Problems.invalid("uris", "sync.foreignUris", peer.getName(),
                    String.join(", ", foreign.subList(0, Math.min(3, foreign.size()))));
        }
        long run = runner.importObjects(peer, wanted, SyncRun.Trigger.IMPORT, actor());
        return ledger.run(run).orElseThrow();
    }

    /**
     * Imports every object of the peer's catalogue that matches the filter (entities or
     * articles; text, concept URI, article type), up to {@link #MAX_IMPORT} of them.
     */
    public SyncRun importMatching(UUID peerUuid, String kind, String text, String tag,
            String type) {
        Roles.requireAdmin(context);
        if (!"entities".equals(kind) && !"articles".equals(kind)) {
            throw Problems.invalid("kind", "sync.importKind");
        }
        List<String> uris = new ArrayList<>();
        String cursor = null;
        do {
            PeerCataloguePage page = CatalogueReader.read(browser.browse(peerUuid, kind, text,
                    tag, type, 100, cursor).toString());
            page.items().forEach(item -> uris.add(item.uri()));
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null && uris.size() < MAX_IMPORT);
        if (uris.isEmpty()) {
            throw Problems.invalid("filter", "sync.noMatch");
        }
        return importObjects(peerUuid, uris.subList(0, Math.min(uris.size(), MAX_IMPORT)));
    }

    /** Starts a sync of the peer's feed in the background; the log shows its progress. */
    public void syncNow(UUID peerUuid) {
        Roles.requireAdmin(context);
        Peer peer = active(peerUuid);
        if (ledger.running(peer.getId(), SyncMonitor.LONGEST_RUN)) {
            throw new ConflictException("sync-running", Problems.text("sync.running",
                    peer.getName()));
        }
        runner.syncLater(peer, SyncRun.Trigger.MANUAL, actor());
    }

    /** Follows everything the peer shares (from the start of its feed), or only imports. */
    public void followAll(UUID peerUuid, boolean all) {
        Roles.requireAdmin(context);
        ledger.followAll(peers.get(peerUuid).getId(), all);
    }

    public PeerSync state(UUID peerUuid) {
        Roles.requireAdmin(context);
        return ledger.state(peers.get(peerUuid).getId());
    }

    /** Fetches one copy from its origin again now, whether or not it changed there. */
    public SyncRun refresh(UUID object) {
        Roles.requireAdmin(context);
        ImportedCopy copy = copies.get(object);
        Peer peer = copy.getPeer().orElseThrow(() -> new ConflictException("detached",
                Problems.text("sync.detached")));
        long run = runner.importObjects(active(peer.getUuid()), List.of(copy.getOriginUri()),
                SyncRun.Trigger.REFRESH, actor());
        return ledger.run(run).orElseThrow();
    }

    /** The latest runs of a peer, newest first. */
    public List<SyncRun> runs(UUID peerUuid, int max) {
        Roles.requireAdmin(context);
        return em.createQuery("select r from SyncRun r where r.peer.uuid = :peer"
                + " order by r.started desc, r.id desc", SyncRun.class)
                .setParameter("peer", peerUuid.toString())
                .setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    public Optional<ImportedCopy> copy(UUID object) {
        Roles.requireAdmin(context);
        return copies.find(object);
    }

    /** The copy of the object the origin publishes under this URI, if there is one. */
    public Optional<ImportedCopy> copyOf(String originUri) {
        Roles.requireAdmin(context);
        return em.createQuery("select c from ImportedCopy c where c.originUri = :uri",
                ImportedCopy.class).setParameter("uri", originUri).getResultStream().findFirst();
    }

    public List<SyncConflict> conflicts(UUID object) {
        Roles.requireAdmin(context);
        return copies.conflicts(object);
    }

    /** What a copy refers to that has not arrived here yet. */
    public List<ImportReference> pendingReferences(UUID object) {
        Roles.requireAdmin(context);
        return em.createQuery("select r from ImportReference r where r.ownerUuid = :o"
                + " order by r.role, r.targetUri", ImportReference.class)
                .setParameter("o", object.toString()).getResultList();
    }

    /** The copies in conflict, for the admin's list. */
    public List<ImportedCopy> inConflict(int max) {
        Roles.requireAdmin(context);
        return em.createQuery("select c from ImportedCopy c where c.inConflict = true"
                + " order by c.syncedAt desc", ImportedCopy.class)
                .setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    /** Resolves a conflicting field; taking the remote value fetches it again now. */
    public void resolve(UUID object, String field, Copies.Resolution resolution) {
        Roles.requireAdmin(context);
        if (copies.resolve(object, field, resolution, actor())) {
            refresh(object);
        }
    }

    /** Makes a copy a local object, for example one its origin withdrew. */
    public void detach(UUID object) {
        Roles.requireAdmin(context);
        copies.detach(object);
    }

    /**
     * Removes a peer: revokes an active handshake, then detaches its copies (kept as local
     * objects, linked again if the peer is added again) or deletes them. Each step commits
     * on its own.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public int removePeer(UUID peerUuid, boolean keepCopies) {
        Roles.requireAdmin(context);
        Peer peer = peers.get(peerUuid);
        if (peer.getState() == PeerState.ACTIVE) {
            try {
                handshakes.revoke(peerUuid, actor());
            } catch (RuntimeException e) {
                // The peer is removed even when it cannot be told.
                peers.move(peerUuid, PeerState.REVOKED, actor());
            }
        }
        if (keepCopies) {
            return ledger.removeKeepingCopies(peer.getId());
        }
        int deleted = 0;
        // Articles first, then entities (taken out of local articles), then taxonomies.
        for (List<ObjectType> types : List.of(ARTICLE_TYPES, List.of(ObjectType.ENTITY),
                List.of(ObjectType.TAXONOMY))) {
            int some;
            do {
                some = ledger.deleteCopies(peer.getId(), types, DELETE_BATCH);
                deleted += some;
            } while (some > 0);
        }
        ledger.forget(peer.getId());
        return deleted;
    }

    private Peer active(UUID peerUuid) {
        Peer peer = peers.get(peerUuid);
        if (peer.getState() != PeerState.ACTIVE) {
            throw new ConflictException("not-active", "Only an active peer can be synced;"
                    + " the handshake with " + peer.getName() + " is " + peer.getState().wire());
        }
        return peer;
    }

    private String actor() {
        return context.getCallerPrincipal() == null ? "admin"
                : context.getCallerPrincipal().getName();
    }
}
