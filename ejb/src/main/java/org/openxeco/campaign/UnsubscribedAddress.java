package org.openxeco.campaign;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.openxeco.kernel.InstantConverter;

/**
 * An address of no account that asked for no more campaign mails, kept as its comparison
 * key; every later campaign leaves it out. Accounts keep the choice themselves.
 */
@Entity
@Table(name = "unsubscribed_address")
public class UnsubscribedAddress {

    @Id
    @Column(name = "address_key", length = 254)
    private String addressKey;

    @Convert(converter = InstantConverter.class)
    @Column(name = "unsubscribed_at", nullable = false)
    private Instant unsubscribedAt;

    protected UnsubscribedAddress() {
    }

    UnsubscribedAddress(String addressKey, Instant now) {
        this.addressKey = addressKey;
        this.unsubscribedAt = now;
    }

    public Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }
}
