package org.openxeco.membership;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.openxeco.account.Account;
import org.openxeco.directory.Organisation;

/**
 * A member's request to be attached to an entity, or proposal of a new entity with its main
 * fields; an administrator approves or rejects it with a message, or the member withdraws it.
 */
@Entity
@Table(name = "member_request")
public class MemberRequest extends MemberWork {

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

    protected MemberRequest() {
    }

    MemberRequest(Account account, RequestKind kind, Organisation organisation,
            ProposedEntity proposed, String reason, Instant now) {
        super(account, now);
        this.kind = kind;
        this.organisation = organisation;
        this.proposed = proposed;
        this.reason = reason;
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

    /** The name to show: the entity's, or the proposed one. */
    public String getEntityName() {
        return organisation != null ? organisation.getName() : getProposed().getName();
    }

    void attachTo(Organisation created) {
        organisation = created;
    }
}
