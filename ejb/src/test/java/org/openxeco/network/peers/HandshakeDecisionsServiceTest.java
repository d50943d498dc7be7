package org.openxeco.network.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openxeco.testing.Wiring.set;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.ConflictException;
import org.openxeco.network.trust.Keys;
import org.openxeco.network.trust.NodeDescriptor;
import org.openxeco.network.trust.PublishedKey;
import org.openxeco.testing.Services;

/**
 * Handshake decisions are taken on the state stored when they are written, not on an older
 * reading: a request that was looked up before the administrator approved it does not put
 * the handshake back to pending, and a revocation is not undone by a late answer.
 */
class HandshakeDecisionsServiceTest {

    private static final String OTHER = "https://other.example.org";

    private Services node;
    private final PeerRegistry registry = new PeerRegistry();
    private final Handshakes handshakes = new Handshakes();
    private NodeDescriptor other;

    @BeforeEach
    void wire() throws ReflectiveOperationException {
        node = new Services();
        set(registry, "em", node.entityManager());
        set(registry, "audit", node.audit);
        handshakes.registry = registry;
        byte[] key = Keys.generate().getPublic().getEncoded();
        other = new NodeDescriptor("Other node", OTHER, "1", "", "test",
                List.of(new PublishedKey(Keys.keyId(OTHER, key), "ed25519", key, null)));
    }

    @AfterEach
    void close() {
        node.close();
    }

    @Test
    void aRequestLookedUpBeforeTheApprovalLeavesTheHandshakeActive() {
        Peer asked = admin(() -> registry.record(other, PeerState.PENDING, false, "peer"));
        // The other node asks again; its request is looked up while still pending ...
        Caller lookedUpEarlier = new Caller(Optional.of(asked), other, other.keys().get(0).keyId());
        // ... and the administrator approves before the request is handled.
        admin(() -> registry.move(asked.getUuid(), PeerState.ACTIVE, "admin"));

        assertEquals(PeerState.ACTIVE, admin(() -> handshakes.received(lookedUpEarlier)));
        assertEquals(PeerState.ACTIVE, admin(() -> registry.get(asked.getUuid())).getState());
    }

    @Test
    void aLateAnswerDoesNotUndoARevocation() {
        Peer peer = admin(() -> registry.record(other, PeerState.REQUESTED, true, "admin"));
        admin(() -> registry.move(peer.getUuid(), PeerState.REVOKED, "admin"));

        assertEquals(PeerState.REVOKED,
                admin(() -> handshakes.converge(peer.getUuid(), "active")).getState());
    }

    @Test
    void decisionsAreCheckedAgainstTheStoredState() {
        Peer peer = admin(() -> registry.record(other, PeerState.PENDING, false, "peer"));
        admin(() -> registry.move(peer.getUuid(), PeerState.REVOKED, "peer"));

        ConflictException approval = assertThrows(ConflictException.class,
                () -> admin(() -> handshakes.decide(peer.getUuid(), true, "admin")));
        assertEquals("not-pending", approval.kind());
        ConflictException again = assertThrows(ConflictException.class,
                () -> admin(() -> handshakes.revoke(peer.getUuid(), "admin")));
        assertEquals("not-active", again.kind());
        assertEquals(PeerState.REVOKED, admin(() -> registry.get(peer.getUuid())).getState());
    }

    private <T> T admin(Callable<T> work) {
        return node.asAdmin(work);
    }
}
