package org.openxeco.campaign;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openxeco.kernel.InstantConverter;

/**
 * One person a started campaign goes to, and how their mail went. The state only moves
 * forward (queued, sending, then sent, failed or skipped), by conditional updates in
 * {@link CampaignLedger}.
 */
@Entity
@Table(name = "campaign_recipient")
public class Recipient {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(nullable = false, length = 254)
    private String address;

    @Column(name = "address_key", nullable = false, length = 254)
    private String addressKey;

    @Column(name = "account_id")
    private Long accountId;

    @Column(length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecipientState state = RecipientState.QUEUED;

    @Convert(converter = InstantConverter.class)
    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(length = 500)
    private String failure;

    @Column(name = "token_hash", length = 64, unique = true)
    private String tokenHash;

    protected Recipient() {
    }

    Recipient(Campaign campaign, String address, String addressKey, Long accountId,
            String language) {
        this.campaign = campaign;
        this.address = address;
        this.addressKey = addressKey;
        this.accountId = accountId;
        this.language = language;
    }

    Long id() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public String getAddress() {
        return address;
    }

    String addressKey() {
        return addressKey;
    }

    Long accountId() {
        return accountId;
    }

    public String getLanguage() {
        return language;
    }

    public RecipientState getState() {
        return state;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** Why the mail was not sent, when it failed or was skipped. */
    public String getFailure() {
        return failure;
    }
}
