package org.openxeco.network.peers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openxeco.audit.AuditFields;
import org.openxeco.audit.Audited;
import org.openxeco.kernel.InstantConverter;
import org.openxeco.kernel.NewUuids;
import org.openxeco.network.trust.NodeDescriptor;
import org.openxeco.network.trust.PublishedKey;

/**
 * Another node this node has a handshake with: who it is (from its descriptor), the keys it
 * signs with, the state of the handshake and how the last calls to it went.
 */
@Entity
@Table(name = "peer")
public class Peer implements Audited {

    /** Consecutive failures after which a peer counts as unreachable. */
    public static final int UNREACHABLE_AFTER = 3;
    /** How long a recorded contact stands for every later successful call. */
    static final int CONTACT_RECORD_SECONDS = 30;

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid;

    @Version
    private long version;

    @Column(name = "base_url", nullable = false, unique = true, length = 1000)
    private String baseUrl;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 300)
    private String contact;

    @Column(length = 100)
    private String software;

    @Column(name = "api_version", length = 20)
    private String apiVersion;

    @Column(nullable = false, length = 100)
    private String fingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PeerState state;

    @Column(name = "initiated_here", nullable = false)
    private boolean initiatedHere;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant created;

    @Convert(converter = InstantConverter.class)
    @Column(name = "state_changed", nullable = false)
    private Instant stateChanged;

    @Column(name = "state_by", length = 200)
    private String stateBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_contact")
    private Instant lastContact;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    @Column(nullable = false)
    private int failures;

    @Convert(converter = InstantConverter.class)
    @Column(name = "retry_after")
    private Instant retryAfter;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_check")
    private Instant lastCheck;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "peer_key", joinColumns = @JoinColumn(name = "peer_id"))
    private List<PeerKey> keys = new ArrayList<>();

    protected Peer() {
    }

    Peer(NodeDescriptor descriptor, PeerState state, boolean initiatedHere, Instant now,
            String actor) {
        this.uuid = NewUuids.nextText();
        this.baseUrl = descriptor.baseUrl();
        this.state = state;
        this.initiatedHere = initiatedHere;
        this.created = now;
        this.stateChanged = now;
        this.stateBy = actor;
        describe(descriptor, now);
    }

    /** Takes the name, versions and every key from a descriptor an administrator trusts. */
    void describe(NodeDescriptor descriptor, Instant now) {
        describe(descriptor, descriptor.keys(), now);
    }

    /** Takes the name and versions from a fresh descriptor, and the keys found trustworthy. */
    void describe(NodeDescriptor descriptor, List<PublishedKey> trusted, Instant now) {
        this.name = descriptor.name();
        this.contact = descriptor.contact();
        this.software = descriptor.software();
        this.apiVersion = descriptor.apiVersion();
        if (trusted.isEmpty()) {
            return;
        }
        this.fingerprint = trusted.get(0).fingerprint();
        List<PeerKey> fresh = new ArrayList<>();
        for (PublishedKey key : trusted) {
            fresh.add(new PeerKey(key.keyId(), key.publicKey(), now, key.expires()));
        }
        keys.clear();
        keys.addAll(fresh);
    }

    /** The public keys this node holds for the peer and has not seen expire, by id. */
    public Map<String, byte[]> heldKeys(Instant now) {
        Map<String, byte[]> held = new java.util.HashMap<>();
        keys.stream().filter(k -> k.isValidAt(now))
                .forEach(k -> held.put(k.getKeyId(), k.getPublicKey()));
        return held;
    }

    void moveTo(PeerState next, boolean initiatedHereNow, Instant now, String actor) {
        this.state = next;
        this.initiatedHere = initiatedHereNow;
        this.stateChanged = now;
        this.stateBy = actor;
    }

    /** Whether a contact at this time would change nothing worth a write. */
    boolean contactRecorded(Instant now) {
        return failures == 0 && retryAfter == null && lastContact != null
                && !now.isBefore(lastContact) && now.isBefore(lastContact.plusSeconds(
                        CONTACT_RECORD_SECONDS));
    }

    void contacted(Instant now) {
        this.lastContact = now;
        this.failures = 0;
        this.retryAfter = null;
    }

    void failed(String error, Instant now, Instant waitUntil) {
        this.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        this.lastErrorAt = now;
        this.failures++;
        // A failure that names no time does not lift an earlier request to wait.
        if (waitUntil != null && (retryAfter == null || waitUntil.isAfter(retryAfter))) {
            this.retryAfter = waitUntil;
        }
    }

    void checked(Instant now) {
        this.lastCheck = now;
    }

    /** How calls to this peer have gone lately. */
    public PeerHealth health(Instant now) {
        if (failures >= UNREACHABLE_AFTER || lastContact == null && failures > 0) {
            return PeerHealth.UNREACHABLE;
        }
        if (failures > 0 || retryAfter != null && retryAfter.isAfter(now)) {
            return PeerHealth.DEGRADED;
        }
        return lastContact == null ? PeerHealth.UNKNOWN : PeerHealth.HEALTHY;
    }

    /** The peer's key with this id, if this node holds it and it has not expired. */
    public Optional<PeerKey> key(String keyId, Instant now) {
        return keys.stream().filter(k -> k.getKeyId().equals(keyId) && k.isValidAt(now))
                .findFirst();
    }

    @Override
    public String auditType() {
        return "PEER";
    }

    @Override
    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    @Override
    public String auditLabel() {
        return name + " (" + baseUrl + ")";
    }

    @Override
    public Map<String, String> auditFields() {
        return AuditFields.start().put("baseUrl", baseUrl).put("name", name)
                .put("fingerprint", fingerprint).put("state", state)
                .put("initiatedHere", initiatedHere).build();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getName() {
        return name;
    }

    public String getContact() {
        return contact;
    }

    public String getSoftware() {
        return software;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public PeerState getState() {
        return state;
    }

    public boolean isInitiatedHere() {
        return initiatedHere;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getStateChanged() {
        return stateChanged;
    }

    public String getStateBy() {
        return stateBy;
    }

    public Instant getLastContact() {
        return lastContact;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getLastErrorAt() {
        return lastErrorAt;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getRetryAfter() {
        return retryAfter;
    }

    public Instant getLastCheck() {
        return lastCheck;
    }

    public List<PeerKey> getKeys() {
        return List.copyOf(keys);
    }
}
