package org.openxeco.network.trust;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.openxeco.kernel.InstantConverter;

/** The nonce of an accepted signature, kept while a replay of it could still be accepted. */
@Entity
@Table(name = "seen_nonce")
@IdClass(SeenNonce.Key.class)
public class SeenNonce {

    @Id
    @Column(name = "key_id", length = 1100)
    private String keyId;

    @Id
    @Column(length = 200)
    private String nonce;

    @Convert(converter = InstantConverter.class)
    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected SeenNonce() {
    }

    SeenNonce(String keyId, String nonce, Instant seenAt) {
        this.keyId = keyId;
        this.nonce = nonce;
        this.seenAt = seenAt;
    }

    /** The composite key: key id and nonce. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String keyId;
        private String nonce;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(keyId, key.keyId)
                    && Objects.equals(nonce, key.nonce);
        }

        @Override
        public int hashCode() {
            return Objects.hash(keyId, nonce);
        }
    }
}
