package org.openxeco.network.trust;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openxeco.kernel.InstantConverter;

/**
 * One of this node's Ed25519 key pairs. The current key has no retirement time; a retired
 * key stays published and accepted until the end of its grace period. The private key is
 * read only to sign and has no getter that returns it.
 */
@Entity
@Table(name = "node_key")
public class NodeKey {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(name = "key_id", nullable = false, unique = true, length = 1100)
    private String keyId;

    @Column(name = "public_key", nullable = false)
    private byte[] publicKey;

    @Column(name = "private_key", nullable = false)
    private byte[] privateKey;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant created;

    @Convert(converter = InstantConverter.class)
    @Column(name = "retired_at")
    private Instant retiredAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "endorsed_by", length = 1100)
    private String endorsedBy;

    @Column(name = "endorsement")
    private byte[] endorsement;

    protected NodeKey() {
    }

    NodeKey(String keyId, byte[] publicKey, byte[] privateKey, Instant created) {
        this.keyId = keyId;
        this.publicKey = publicKey.clone();
        this.privateKey = privateKey.clone();
        this.created = created;
    }

    public String getKeyId() {
        return keyId;
    }

    public byte[] getPublicKey() {
        return publicKey.clone();
    }

    byte[] privateKeyBytes() {
        return privateKey.clone();
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public boolean isCurrent() {
        return retiredAt == null;
    }

    public String fingerprint() {
        return Keys.fingerprint(publicKey);
    }

    /** Records the signature by which the key this one replaces endorses it. */
    void endorsedBy(String oldKeyId, byte[] signature) {
        this.endorsedBy = oldKeyId;
        this.endorsement = signature.clone();
    }

    /** This key as the descriptor publishes it. */
    public PublishedKey published() {
        return new PublishedKey(keyId, "ed25519", publicKey, validUntil, endorsedBy,
                endorsement);
    }

    void retire(Instant now, Instant until) {
        this.retiredAt = now;
        this.validUntil = until;
    }

    @Override
    public String toString() {
        return "NodeKey[" + keyId + "]";
    }
}
