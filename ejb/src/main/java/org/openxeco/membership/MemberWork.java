package org.openxeco.membership;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.openxeco.account.Account;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.InstantConverter;
import org.openxeco.kernel.NewUuids;
import org.openxeco.kernel.StaleVersionException;

/**
 * What a member sent that waits for an administrator's decision: who sent it, where it
 * stands and the decision once taken. Requests and entity changes share it.
 */
@MappedSuperclass
public abstract class MemberWork {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid = NewUuids.nextText();

    @Version
    private long version;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant created;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status = RequestStatus.PENDING;

    @Embedded
    private Decision decision;

    protected MemberWork() {
    }

    protected MemberWork(Account account, Instant created) {
        this.account = account;
        this.created = created;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public long getVersion() {
        return version;
    }

    /** When the member sent it, or last replaced it. */
    public Instant getCreated() {
        return created;
    }

    /** The member who sent it. */
    public Account getAccount() {
        return account;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Decision getDecision() {
        return decision;
    }

    void restamp(Instant now) {
        created = now;
    }

    void decide(RequestStatus outcome, Decision made) {
        status = outcome;
        decision = made;
    }

    /**
     * Refuses deciding this unless it still waits and is the version the decider saw. Whether
     * it waits is checked first: of two decisions at once, the later one learns that the
     * other one was taken, not merely that the version moved on.
     */
    void requireWaiting(String what, long seenVersion) {
        if (status != RequestStatus.PENDING) {
            throw new ConflictException("decided", what + " " + getUuid() + " was decided"
                    + " already (" + status.name().toLowerCase(Locale.ROOT) + ")");
        }
        StaleVersionException.check(what + " " + getUuid(), seenVersion, version);
    }
}
