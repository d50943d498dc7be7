package org.openxeco.membership;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import org.openxeco.account.Account;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationService;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.InputCheck;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Page;
import org.openxeco.kernel.PageRequest;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;

/**
 * A member's own requests: to be attached to an existing entity (with a reason) or to add a
 * new one. A member sees and withdraws only their own; an entity has at most one open request
 * per member, and none from a member already attached to it.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class AttachmentRequests {

    private static final Logger LOG = Logger.getLogger(AttachmentRequests.class.getName());

    private static final MinePages.Order<MemberRequest> NEWEST = new MinePages.Order<>(
            "newest", "x.created", "x.uuid", Instant::parse, r -> r.getCreated().toString(),
            r -> r.getUuid().toString());

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    OrganisationService organisations;

    @Inject
    Validator validator;

    @Resource
    SessionContext context;

    /** Asks to be attached to a visible entity, giving a reason. */
    public MemberRequest requestAttachment(UUID entity, String reason) {
        Account me = Callers.member(em, context);
        changes.lockWrites();
        Organisation organisation = organisations.find(entity)
                .orElseThrow(() -> Problems.invalid("entity", "entity.unknown", entity));
        if (reason == null || reason.isBlank()) {
            throw Problems.invalid("reason", "attachment.reasonNeeded");
        }
        if (isAttached(me, organisation)) {
            throw new ConflictException("already-attached",
                    "You are attached to " + organisation.getName() + " already");
        }
        boolean open = em.createQuery("select count(r) from MemberRequest r where"
                + " r.account = :me and r.organisation = :o and r.status = :pending",
                Long.class).setParameter("me", me).setParameter("o", organisation)
                .setParameter("pending", RequestStatus.PENDING).getSingleResult() > 0;
        if (open) {
            throw new ConflictException("duplicate-request", "You asked about "
                    + organisation.getName() + " already; the request is waiting");
        }

        MemberRequest request = new MemberRequest(me, RequestKind.ATTACH, organisation, null,
                Callers.message(reason), now());
        em.persist(request);

        LOG.info(() -> "Account " + me.getUuid() + " asked to be attached to entity " + entity);
        return request;
    }

    /** Proposes a new entity with its main fields; it is created if an administrator agrees. */
    public MemberRequest proposeEntity(ProposedEntity proposed, String reason) {
        Account me = Callers.member(em, context);
        changes.lockWrites();
        InputCheck.validate(validator, proposed);
        boolean open = em.createQuery("select count(r) from MemberRequest r where"
                + " r.account = :me and r.kind = :kind and r.status = :pending"
                + " and lower(trim(r.proposed.name)) = :name", Long.class)
                .setParameter("me", me).setParameter("kind", RequestKind.PROPOSE)
                .setParameter("pending", RequestStatus.PENDING)
                .setParameter("name", proposed.getName().strip().toLowerCase(Locale.ROOT))
                .getSingleResult() > 0;
        if (open) {
            throw new ConflictException("duplicate-request", "You proposed "
                    + proposed.getName() + " already; the proposal is waiting");
        }

        MemberRequest request = new MemberRequest(me, RequestKind.PROPOSE, null, proposed,
                Callers.message(reason), now());
        em.persist(request);

        LOG.info(() -> "Account " + me.getUuid() + " proposed a new entity");
        return request;
    }

    /** The caller's own requests, newest first. */
    public List<MemberRequest> mine() {
        Account me = Callers.member(em, context);
        return em.createQuery("select r from MemberRequest r where r.account = :me"
                + " order by r.created desc, r.uuid desc", MemberRequest.class)
                .setParameter("me", me).getResultList();
    }

    /** A page of the caller's own requests, newest first. */
    public Page<MemberRequest> mine(PageRequest page) {
        Account me = Callers.member(em, context);
        return MinePages.fetch(em, MemberRequest.class, "from MemberRequest x",
                "x.account = :me", Map.of("me", me), NEWEST, page);
    }

    /** One of the caller's own requests; another member's is not found. */
    public MemberRequest mine(UUID uuid) {
        Account me = Callers.member(em, context);
        return own(me, uuid);
    }

    /** Withdraws one of the caller's pending requests. */
    public MemberRequest withdraw(UUID uuid, long version) {
        Account me = Callers.member(em, context);
        changes.lockWrites();
        MemberRequest request = own(me, uuid);
        StaleVersionException.check("Request " + uuid, version, request.getVersion());
        if (request.getStatus() != RequestStatus.PENDING) {
            throw new ConflictException("decided", "The request was decided already");
        }

        request.decide(RequestStatus.WITHDRAWN, new Decision(now(), me.getUsername(), null));
        em.flush();

        LOG.info(() -> "Account " + me.getUuid() + " withdrew request " + uuid);
        return request;
    }

    private MemberRequest own(Account me, UUID uuid) {
        return em.createQuery("select r from MemberRequest r where r.uuid = :uuid"
                + " and r.account = :me", MemberRequest.class)
                .setParameter("uuid", uuid.toString()).setParameter("me", me)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Request", uuid));
    }

    static boolean isAttached(Account account, Organisation organisation) {
        return account.getEntities().stream()
                .anyMatch(o -> o.getUuid().equals(organisation.getUuid()));
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
