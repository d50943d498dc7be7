package org.openxeco.network.trust;

/**
 * Why a signed node-to-node message was refused. Each reason has its own problem type and
 * HTTP status, so the sender can tell a clock problem from a forged request.
 */
public enum Refusal {
    /** No signature, or no Content-Digest. */
    UNSIGNED("signature-missing", 401),
    /** A signature field this node cannot read, or one that covers too little. */
    MALFORMED("signature-malformed", 401),
    /** The key id is neither this node's peer's key nor found in the peer's descriptor. */
    UNKNOWN_KEY("unknown-key", 401),
    /** The signature does not verify with the key. */
    BAD_SIGNATURE("bad-signature", 401),
    /** The body is not the one the signature's Content-Digest names. */
    DIGEST_MISMATCH("digest-mismatch", 401),
    /** The signature's creation time is outside the accepted window. */
    STALE("signature-expired", 401),
    /** The nonce was seen before within the window. */
    REPLAY("replayed-request", 401),
    /** The signer is a known node, but not in an active handshake with this node. */
    NOT_TRUSTED("peer-not-trusted", 403);

    private final String kind;
    private final int status;

    Refusal(String kind, int status) {
        this.kind = kind;
        this.status = status;
    }

    /** The last part of the problem type, as in {@code urn:openxeco:problem:bad-signature}. */
    public String kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    /** The reason whose problem kind this is, if any. */
    public static java.util.Optional<Refusal> ofKind(String kind) {
        for (Refusal refusal : values()) {
            if (refusal.kind.equals(kind)) {
                return java.util.Optional.of(refusal);
            }
        }
        return java.util.Optional.empty();
    }
}
