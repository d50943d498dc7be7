package org.openxeco.membership;

import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.account.Account;
import org.openxeco.account.AccountManagement;
import org.openxeco.audit.AuditTrail;
import org.openxeco.directory.Address;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationService;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.RichText;
import org.openxeco.kernel.Roles;
import org.openxeco.mail.MailKind;
import org.openxeco.notification.Notifications;

/**
 * The administrators' side of members' requests: the waiting ones, oldest first, and the
 * decision on each. Approving attaches the member; for a proposal it first creates the
 * entity, public at once since an administrator has just checked it. The member is told
 * (in the portal and/or by mail, as they chose).
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class RequestQueue {

    private static final Logger LOG = Logger.getLogger(RequestQueue.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    OrganisationService organisations;

    @Inject
    AuditTrail audit;

    @Inject
    AccountManagement accounts;

    @Inject
    Notifications notices;

    @Resource
    SessionContext context;

    /** The requests waiting for a decision, oldest first. */
    public List<MemberRequest> pending() {
        Roles.requireAdmin(context);
        return Queues.pending(em, MemberRequest.class);
    }

    /** How many requests wait for a decision. */
    public long countPending() {
        Roles.requireAdmin(context);
        return Queues.countPending(em, MemberRequest.class);
    }

    /** Approves a waiting request: attaches the member, creating a proposed entity first. */
    public MemberRequest approve(UUID uuid, long version, String message) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        MemberRequest request = waiting(uuid, version);
        Callers.requireAuthor(request.getAccount(), null);

        Organisation organisation = request.getOrganisation();
        if (request.getKind() == RequestKind.PROPOSE) {
            organisation = organisations.create(entityOf(request.getProposed()), List.of());
            request.attachTo(organisation);
        }
        attach(request.getAccount(), organisation);
        request.decide(RequestStatus.APPROVED, Queues.decision(context, message));
        em.flush();
        notices.tell(request.getAccount(), MailKind.REQUEST_APPROVED, organisation.getName(),
                Callers.message(message), "/my/requests.xhtml");

        LOG.info(() -> "Approved request " + uuid);
        return request;
    }

    /** Rejects a waiting request with a message to the member. */
    public MemberRequest reject(UUID uuid, long version, String message) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        MemberRequest request = waiting(uuid, version);

        request.decide(RequestStatus.REJECTED, Queues.decision(context, message));
        em.flush();
        notices.tell(request.getAccount(), MailKind.REQUEST_REJECTED, request.getEntityName(),
                Callers.message(message), "/my/requests.xhtml");

        LOG.info(() -> "Rejected request " + uuid);
        return request;
    }

    private MemberRequest waiting(UUID uuid, long version) {
        return Queues.decidable(em, MemberRequest.class, "Request", uuid, version, context);
    }

    /**
     * Adds the entity to the account's assignments through the account (whose version moves
     * on), audited as a change of the account.
     */
    private void attach(Account account, Organisation organisation) {
        if (AttachmentRequests.isAttached(account, organisation)) {
            return;
        }
        audit.before(account);
        accounts.attachEntity(account, organisation);
        em.flush();
        audit.recorded(account, false);
    }

    private static Organisation entityOf(ProposedEntity proposed) {
        Organisation o = new Organisation();
        o.setName(proposed.getName().strip());
        o.setKind(proposed.getKind());
        o.setStatus(OrganisationStatus.ACTIVE);
        o.setEmail(proposed.getEmail());
        // Typed in a plain text box: shown as typed, never read as markup.
        o.setDescription(RichText.fromPlainText(proposed.getDescription()));
        if (proposed.getWebsite() != null && !proposed.getWebsite().isBlank()) {
            o.setWebsites(List.of(proposed.getWebsite().strip()));
        }
        o.setAddresses(List.of(new Address(null, null, null, null, proposed.getCountryCode())));
        return o;
    }
}
