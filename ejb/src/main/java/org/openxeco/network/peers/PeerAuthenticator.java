package org.openxeco.network.peers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.network.trust.ContentDigest;
import org.openxeco.network.trust.HttpSignatures;
import org.openxeco.network.trust.Keys;
import org.openxeco.network.trust.NodeDescriptor;
import org.openxeco.network.trust.NonceLedger;
import org.openxeco.network.trust.PublishedKey;
import org.openxeco.network.trust.Refusal;
import org.openxeco.network.trust.SignatureRefusedException;
import org.openxeco.network.trust.SignedMessage;

/**
 * Verifies the signature of an incoming node-to-node request and tells who sent it. Refuses,
 * each for its own reason: no signature, an unknown key, a body that does not match its
 * digest, a creation time outside the window (either side of now), a bad signature, a nonce
 * seen before, and a signer that is not in an active handshake (unless the call is part of
 * the handshake). A signature made with a peer's new key is accepted once the peer's
 * descriptor, fetched again from the peer's address, lists that key.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PeerAuthenticator {

    private static final Logger LOG = Logger.getLogger(PeerAuthenticator.class.getName());

    @Inject
    PeerRegistry registry;

    @Inject
    PeerClient client;

    @Inject
    NonceLedger nonces;

    @Inject
    @ConfigProperty(name = "openxeco.network.signature-window", defaultValue = "PT5M")
    String signatureWindow;

    Clock clock = Clock.systemUTC();

    /** Descriptor fetches on behalf of signers this node does not hold a key of. */
    private static final FetchBudget fetches = new FetchBudget(30, Duration.ofMinutes(1));

    public Caller verify(SignedMessage request, boolean handshake) {
        try {
            return check(request, handshake);
        } catch (SignatureRefusedException e) {
            LOG.warning(() -> "Refused a node-to-node " + request.method() + " "
                    + request.targetUri() + " (key " + keyIdOf(request) + "): "
                    + e.refusal().kind() + " - " + e.getMessage());
            throw e;
        }
    }

    private Caller check(SignedMessage request, boolean handshake) {
        HttpSignatures.Parsed signature = HttpSignatures.parse(request);
        if (!ContentDigest.matches(request.header("content-digest"), request.body())) {
            throw refuse(Refusal.DIGEST_MISMATCH,
                    "The body does not match its Content-Digest");
        }
        Instant now = clock.instant();
        Duration window = Duration.parse(signatureWindow);
        Duration skew = Duration.between(now, signature.createdAt());
        if (skew.abs().compareTo(window) > 0) {
            throw refuse(Refusal.STALE, "The signature was created " + skew.toSeconds()
                    + " s from this node's time; at most " + window.toSeconds()
                    + " s either way are accepted");
        }
        Optional<Peer> peer = registry.byKeyId(signature.keyId());
        Optional<PeerKey> held = peer.flatMap(p -> p.key(signature.keyId(), now));
        byte[] key;
        NodeDescriptor descriptor = null;
        if (held.isPresent()) {
            key = held.get().getPublicKey();
        } else {
            String base = Keys.baseUrlOf(signature.keyId());
            peer = registry.byBaseUrl(base);
            if (peer.isEmpty() && !handshake) {
                throw refuse(Refusal.UNKNOWN_KEY, "Key " + signature.keyId()
                        + " belongs to no peer of this node");
            }
            descriptor = descriptorOf(base, signature.keyId());
            key = descriptor.key(signature.keyId()).map(PublishedKey::publicKey).orElseThrow();
            if (peer.isPresent()) {
                if (registry.followRotation(peer.get().getUuid(), descriptor,
                        signature.keyId())) {
                    peer = registry.find(peer.get().getUuid());
                } else if (handshake) {
                    // A node that lost its keys may ask again: as a new node, to be approved.
                    peer = Optional.empty();
                } else {
                    throw refuse(Refusal.UNKNOWN_KEY, "Key " + signature.keyId()
                            + " is not endorsed by a key this node holds for " + base);
                }
            }
        }
        if (!HttpSignatures.verify(signature, request, Keys.publicKey(key))) {
            throw refuse(Refusal.BAD_SIGNATURE, "The signature does not verify for "
                    + request.method() + " " + request.targetUri());
        }
        if (!firstUse(signature.keyId(), signature.nonce(), now, window)) {
            throw refuse(Refusal.REPLAY, "This request was received before");
        }
        if (!handshake && peer.orElseThrow().getState() != PeerState.ACTIVE) {
            throw refuse(Refusal.NOT_TRUSTED, "This node has no active handshake with "
                    + peer.get().getBaseUrl() + " (state: " + peer.get().getState().wire()
                    + ")");
        }
        return new Caller(peer, descriptor, signature.keyId());
    }

    private NodeDescriptor descriptorOf(String base, String keyId) {
        if (!fetches.tryAcquire()) {
            throw refuse(Refusal.UNKNOWN_KEY, "Key " + keyId + " cannot be checked now;"
                    + " try again in a minute");
        }
        NodeDescriptor descriptor;
        try {
            descriptor = client.fetchDescriptor(base);
        } catch (RuntimeException e) {
            // The reason stays in this node's log: the caller may be probing addresses.
            LOG.warning(() -> "Descriptor of " + base + " for key " + keyId
                    + " could not be fetched: " + e.getMessage());
            throw refuse(Refusal.UNKNOWN_KEY, "Key " + keyId + " cannot be checked: the"
                    + " signer's descriptor could not be fetched from its address");
        }
        if (descriptor.key(keyId).isEmpty()) {
            throw refuse(Refusal.UNKNOWN_KEY, "Key " + keyId + " is not published by " + base);
        }
        return descriptor;
    }

    private boolean firstUse(String keyId, String nonce, Instant now, Duration window) {
        try {
            return nonces.remember(keyId, nonce, now, window.multipliedBy(2));
        } catch (EJBException e) {
            // Two requests with one nonce at the same moment: the second insert fails.
            if (nonces.seen(keyId, nonce)) {
                return false;
            }
            throw e;
        }
    }

    private static String keyIdOf(SignedMessage request) {
        try {
            return HttpSignatures.parse(request).keyId();
        } catch (SignatureRefusedException e) {
            return "none";
        }
    }

    private static SignatureRefusedException refuse(Refusal refusal, String message) {
        return new SignatureRefusedException(refusal, message);
    }
}
