package org.openxeco.membership;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openxeco.account.Account;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.InstantConverter;

/**
 * A member's request to be attached to an entity, or proposal of a new entity with its main
 * fields; an administrator approves or rejects it with a message, or the member withdraws it.
 */
@Entity
@Table(name = "member_request")
public class MemberRequest {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid = UUID.randomUUID().toString();

    @Version
    private long version;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false, updatable = false)
    private Instant created;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestKind kind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(length = 2000)
    private String reason;

    @Embedded
    private ProposedEntity proposed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status = RequestStatus.PENDING;

    @Embedded
    private Decision decision;

    protected MemberRequest() {
    }

    MemberRequest(Account account, RequestKind kind, Organisation organisation,
            ProposedEntity proposed, String reason, Instant now) {
        this.account = account;
        this.kind = kind;
        this.organisation = organisation;
        this.proposed = proposed;
        this.reason = reason;
        this.created = now;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreated() {
        return created;
    }

    public Account getAccount() {
        return account;
    }

    public RequestKind getKind() {
        return kind;
    }

    /** The entity asked for, or for an approved proposal the entity it created. */
    public Organisation getOrganisation() {
        return organisation;
    }

    public String getReason() {
        return reason;
    }

    /** The proposed entity's fields; empty for an attachment request. */
    public ProposedEntity getProposed() {
        return proposed == null ? new ProposedEntity() : proposed;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Decision getDecision() {
        return decision;
    }

    /** The name to show: the entity's, or the proposed one. */
    public String getEntityName() {
        return organisation != null ? organisation.getName() : getProposed().getName();
    }

    void decide(RequestStatus outcome, Decision made) {
        status = outcome;
        decision = made;
    }

    void attachTo(Organisation created) {
        organisation = created;
    }
}
