package org.openxeco.network.sync;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Roles;
import org.openxeco.network.catalogue.CataloguePage;
import org.openxeco.network.catalogue.CatalogueQuery;
import org.openxeco.network.peers.Peer;
import org.openxeco.network.peers.PeerCallException;
import org.openxeco.network.peers.PeerClient;
import org.openxeco.network.peers.PeerRegistry;
import org.openxeco.network.peers.PeerReply;
import org.openxeco.network.peers.PeerState;
import org.openxeco.taxonomy.TaxonomyScheme;

/**
 * Fetches taxonomies from a peer and imports them: the HTTP calls run outside any
 * transaction, each scheme is then stored in a transaction of its own. A scheme is named by
 * its UUID on the peer or by its URI, which the peer's catalogue of taxonomies turns into
 * that UUID.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaxonomyFetch {

    private static final Logger LOG = Logger.getLogger(TaxonomyFetch.class.getName());

    /** The most catalogue pages read to find schemes by URI. */
    static final int MAX_PAGES = 100;

    @Inject
    PeerRegistry registry;

    @Inject
    PeerClient client;

    @Inject
    ConceptResolver resolver;

    @Inject
    TaxonomyCommit commit;

    @Resource
    SessionContext context;

    /**
     * Imports an active peer's scheme, named by its UUID on the peer or its URI; with a
     * concept URI, only that concept, its broader concepts and those below it.
     */
    public TaxonomyScheme importScheme(UUID peerUuid, String schemeUriOrUuid,
            String subtreeConceptUri) {
        Roles.requireAdmin(context);
        Peer peer = registry.get(peerUuid);
        if (peer.getState() != PeerState.ACTIVE) {
            throw new ConflictException("not-active", "Only an active peer's taxonomies can be"
                    + " imported; the handshake with " + peer.getName() + " is "
                    + peer.getState().wire());
        }
        String wanted = schemeUriOrUuid == null ? "" : schemeUriOrUuid.strip();
        String uuid;
        String uri = null;
        try {
            uuid = UUID.fromString(wanted).toString();
        } catch (IllegalArgumentException e) {
            uri = wanted;
            uuid = findInCatalogue(peer, Set.of(wanted)).get(wanted);
            if (uuid == null) {
                throw new NotFoundException("Taxonomy shared by " + peer.getName(), wanted);
            }
        }
        return fetchAndApply(peer, uuid, uri, blankToNull(subtreeConceptUri));
    }

    /**
     * Imports the schemes among those named that are not here yet and that the peer shares,
     * so that objects tagged with their concepts find them. A scheme that fails is logged
     * and skipped: the tags naming it wait as references.
     */
    public void ensureSchemes(Peer peer, Set<String> schemeUris) {
        Set<String> missing = new HashSet<>(schemeUris);
        missing.removeAll(resolver.knownSchemes(schemeUris));
        if (missing.isEmpty()) {
            return;
        }
        Map<String, String> shared = findInCatalogue(peer, missing);
        for (Map.Entry<String, String> scheme : shared.entrySet()) {
            try {
                fetchAndApply(peer, scheme.getValue(), scheme.getKey(), null);
            } catch (PeerCallException | NotFoundException | ConflictException e) {
                LOG.log(Level.WARNING, "Taxonomy " + scheme.getKey() + " of " + peer.getName()
                        + " could not be imported: " + e.getMessage(), e);
            }
        }
    }

    private TaxonomyScheme fetchAndApply(Peer peer, String uuid, String expectedUri,
            String subtree) {
        PeerReply reply = client.call(peer, api -> api.taxonomy(uuid));
        if (reply.status() == 404 || reply.status() == 410) {
            throw new NotFoundException("Taxonomy shared by " + peer.getName(), uuid);
        }
        if (!reply.ok()) {
            throw new PeerCallException(peer.getName() + " refused the taxonomy request: "
                    + reply.problemDetail(), reply.status());
        }
        JsonObject skos = reply.json();
        String uri = SkosReader.schemeUri(skos);
        if (expectedUri != null && !expectedUri.equals(uri)) {
            throw new SkosFormatException(peer.getName() + " answered with taxonomy " + uri
                    + " when asked for " + expectedUri);
        }
        return commit.apply(peer.getUuid(), uri, skos, SkosReader.version(skos), subtree);
    }

    /** The peer's UUIDs of the schemes with the given URIs that its catalogue lists. */
    private Map<String, String> findInCatalogue(Peer peer, Set<String> uris) {
        Map<String, String> found = new HashMap<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES && found.size() < uris.size(); page++) {
            String after = cursor;
            PeerReply reply = client.call(peer, api -> api.catalogue("taxonomies", null, null,
                    null, CatalogueQuery.MAX_LIMIT, after));
            if (!reply.ok()) {
                throw new PeerCallException(peer.getName() + " refused the catalogue request: "
                        + reply.problemDetail(), reply.status());
            }
            JsonObject json = reply.json();
            if (!(json.get("itemListElement") instanceof JsonArray items)) {
                throw new SkosFormatException("The catalogue of " + peer.getName()
                        + " has no itemListElement array");
            }
            for (JsonValue item : items) {
                if (item instanceof JsonObject scheme
                        && scheme.get("@id") instanceof JsonString id
                        && scheme.get("identifier") instanceof JsonString identifier
                        && uris.contains(id.getString())) {
                    found.put(id.getString(), identifier.getString());
                }
            }
            if (!(json.get(CataloguePage.NEXT_CURSOR) instanceof JsonString next)
                    || next.getString().isBlank()) {
                break;
            }
            cursor = next.getString();
        }
        return found;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
