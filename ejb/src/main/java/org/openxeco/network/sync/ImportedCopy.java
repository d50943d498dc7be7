package org.openxeco.network.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.openxeco.kernel.InstantConverter;
import org.openxeco.kernel.ObjectType;
import org.openxeco.network.peers.Peer;

/**
 * The provenance of a copy of a peer's object: its origin URI and node, the origin's change
 * number it reflects, when it was imported and last synced, whether the origin withdrew it,
 * and the fingerprints of the origin's field values last applied ({@link FieldBase}).
 */
@Entity
@Table(name = "imported_copy")
public class ImportedCopy {

    @Id
    @Column(name = "object_uuid", length = 36)
    private String objectUuid;

    @Enumerated(EnumType.STRING)
    @Column(name = "object_type", nullable = false)
    private ObjectType objectType;

    @Column(name = "origin_uri", nullable = false, unique = true, length = 1000)
    private String originUri;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "peer_id")
    private Peer peer;

    @Column(name = "origin_version", nullable = false)
    private long originVersion;

    @Convert(converter = InstantConverter.class)
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "synced_at", nullable = false)
    private Instant syncedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_reason", length = 30)
    private String withdrawnReason;

    @Convert(converter = InstantConverter.class)
    @Column(name = "detached_at")
    private Instant detachedAt;

    /** The base URL of the removed peer it was detached from; null when an admin detached it. */
    @Column(name = "detached_from", length = 1000)
    private String detachedFrom;

    @Column(length = 20000)
    private String base;

    @Column(name = "in_conflict", nullable = false)
    private boolean inConflict;

    /**
     * The longest logo address a copy keeps: an index covers the address, and PostgreSQL
     * limits an index entry to about 2,700 bytes.
     */
    static final int MAX_LOGO_SOURCE = 1000;

    @Column(name = "logo_source", length = 2000)
    private String logoSource;

    @Column(name = "logo_hash", length = 64)
    private String logoHash;

    static final int LOGO_PROBLEM_MAX = 300;

    @Column(name = "logo_attempts", nullable = false)
    private int logoAttempts;

    @Column(name = "logo_problem", length = LOGO_PROBLEM_MAX)
    private String logoProblem;

    @Convert(converter = InstantConverter.class)
    @Column(name = "logo_next_at")
    private Instant logoNextAt;

    protected ImportedCopy() {
    }

    ImportedCopy(UUID object, ObjectType type, String originUri, Peer peer, long version,
            Instant now) {
        this.objectUuid = object.toString();
        this.objectType = type;
        this.originUri = originUri;
        this.peer = peer;
        this.originVersion = version;
        this.importedAt = now;
        this.syncedAt = now;
    }

    public UUID getObjectUuid() {
        return UUID.fromString(objectUuid);
    }

    public ObjectType getObjectType() {
        return objectType;
    }

    public String getOriginUri() {
        return originUri;
    }

    /** The peer the copy follows; empty once detached from a removed peer. */
    public Optional<Peer> getPeer() {
        return Optional.ofNullable(peer);
    }

    public long getOriginVersion() {
        return originVersion;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Instant getSyncedAt() {
        return syncedAt;
    }

    public Optional<Instant> getWithdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    /** Why the origin withdrew it: {@code deleted}, {@code not-public} or {@code not-shared}. */
    public Optional<String> getWithdrawnReason() {
        return Optional.ofNullable(withdrawnReason);
    }

    public Optional<Instant> getDetachedAt() {
        return Optional.ofNullable(detachedAt);
    }

    public boolean isInConflict() {
        return inConflict;
    }

    public Optional<String> getLogoSource() {
        return Optional.ofNullable(logoSource);
    }

    public int getLogoAttempts() {
        return logoAttempts;
    }

    Map<String, String> base() {
        return FieldBase.parse(base);
    }

    void base(Map<String, String> fingerprints) {
        this.base = FieldBase.format(fingerprints);
    }

    void synced(long version, Instant now) {
        this.originVersion = Math.max(originVersion, version);
        this.syncedAt = now;
    }

    void withdrawn(String reason, Instant at) {
        this.withdrawnReason = reason;
        this.withdrawnAt = at;
    }

    void republished() {
        this.withdrawnReason = null;
        this.withdrawnAt = null;
    }

    /** Detached by an administrator, as a local object for good. */
    void detach(Instant now) {
        this.peer = null;
        this.detachedAt = now;
        this.detachedFrom = null;
    }

    /** The base URL of the removed peer the copy was detached from, if that detached it. */
    public Optional<String> getDetachedFrom() {
        return Optional.ofNullable(detachedFrom);
    }

    void relink(Peer to) {
        this.peer = to;
        this.detachedAt = null;
        this.detachedFrom = null;
    }

    void conflict(boolean value) {
        this.inConflict = value;
    }

    String logoHash() {
        return logoHash;
    }

    /** The logo to fetch (or fetched, with its stored hash). */
    void logo(String source, String hash) {
        if (source == null || !source.equals(logoSource) || hash != null) {
            logoAttempts = 0;
            logoProblem = null;
            logoNextAt = null;
        }
        this.logoSource = source;
        this.logoHash = hash;
    }

    /**
     * Records why the logo could not be fetched: a lasting refusal (not an image, too large,
     * gone) ends the attempts, a passing one (the server unreachable) leaves a few more.
     */
    void logoFailed(String problem, boolean lasting, int maxAttempts, Instant now) {
        logoAttempts = lasting ? Math.max(maxAttempts, logoAttempts + 1) : logoAttempts + 1;
        boolean over = logoAttempts >= maxAttempts;
        // Ten minutes after the first try, then twice as long after each.
        logoNextAt = over ? null : now.plus(Duration.ofMinutes(10L << (logoAttempts - 1)));
        String said = (problem == null ? "" : problem) + (lasting ? " (not tried again)"
                : over ? " (tried " + logoAttempts + " times; not tried again)" : "");
        logoProblem = said.length() <= LOGO_PROBLEM_MAX ? said
                : said.substring(0, LOGO_PROBLEM_MAX - 1) + "…";
    }

    /** Why the logo could not be fetched the last time, if it could not. */
    public Optional<String> getLogoProblem() {
        return Optional.ofNullable(logoProblem);
    }
}
