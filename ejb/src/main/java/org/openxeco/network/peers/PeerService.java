package org.openxeco.network.peers;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.network.trust.NodeDescriptor;

/**
 * What administrators do with peers: look a node up by its address, ask it for a
 * handshake, approve or reject one asked of this node, revoke, re-check, and browse an
 * active peer's catalogue. Every method requires the admin role.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PeerService {

    @Inject
    PeerRegistry registry;

    @Inject
    PeerClient client;

    @Inject
    Handshakes handshakes;

    @Resource
    SessionContext context;

    public List<Peer> list() {
        Roles.requireAdmin(context);
        return registry.list();
    }

    public Peer get(UUID uuid) {
        Roles.requireAdmin(context);
        return registry.get(uuid);
    }

    /** Fetches the descriptor of the node at the address, to show before asking it. */
    public NodeDescriptor preview(String baseUrl) {
        Roles.requireAdmin(context);
        return client.fetchDescriptor(baseUrl);
    }

    /** Asks the node at the address for a handshake; the fingerprint is the one confirmed. */
    public Peer request(String baseUrl, String confirmedFingerprint) {
        Roles.requireAdmin(context);
        return handshakes.request(baseUrl, confirmedFingerprint, actor());
    }

    public Peer approve(UUID uuid) {
        Roles.requireAdmin(context);
        return handshakes.decide(uuid, true, actor());
    }

    public Peer reject(UUID uuid) {
        Roles.requireAdmin(context);
        return handshakes.decide(uuid, false, actor());
    }

    public Peer revoke(UUID uuid) {
        Roles.requireAdmin(context);
        return handshakes.revoke(uuid, actor());
    }

    /** Asks the peer now where the handshake stands, instead of waiting for the re-check. */
    public Peer recheck(UUID uuid) {
        Roles.requireAdmin(context);
        return handshakes.recheck(uuid);
    }

    /**
     * One page of an active peer's catalogue: {@code entities}, {@code articles} or
     * {@code taxonomies}, filtered by text, taxonomy value URI and article type.
     */
    public JsonObject browse(UUID uuid, String kind, String text, String tag, String type,
            Integer limit, String cursor) {
        Roles.requireAdmin(context);
        Peer peer = registry.get(uuid);
        if (peer.getState() != PeerState.ACTIVE) {
            throw new ConflictException("not-active", "Only an active peer can be browsed;"
                    + " the handshake with " + peer.getName() + " is " + peer.getState().wire());
        }
        if (!List.of("entities", "articles", "taxonomies").contains(kind)) {
            throw Problems.invalid("kind", "peer.browseKind");
        }
        PeerReply reply = client.call(peer, api -> api.catalogue(kind, blankToNull(text),
                blankToNull(tag), blankToNull(type), limit, blankToNull(cursor)));
        if (reply.status() == 400) {
            throw new InvalidInputException(reply.fieldErrors());
        }
        if (!reply.ok()) {
            throw new PeerCallException(peer.getName() + " refused the catalogue request: "
                    + reply.problemDetail(), reply.status());
        }
        return reply.json();
    }

    private String actor() {
        return context.getCallerPrincipal() == null ? "admin"
                : context.getCallerPrincipal().getName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
