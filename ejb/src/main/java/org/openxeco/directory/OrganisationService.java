package org.openxeco.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InputCheck;
import org.openxeco.kernel.InputErrors;
import org.openxeco.kernel.Like;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.Page;
import org.openxeco.kernel.PageRequest;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.QueryBuilder;
import org.openxeco.kernel.RichText;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.kernel.SystemTask;
import org.openxeco.media.MediaItem;
import org.openxeco.media.MediaService;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Lists, reads and changes entities. Visitors see active entities only; staff see all.
 * Every write needs the admin role, is validated and sanitised, and gets a change number.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class OrganisationService {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    ChangeLog changes;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    MediaService media;

    @Resource
    SessionContext context;

    /** One page of the entities the caller may see that match the filter. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Organisation> list(OrganisationFilter filter, OrganisationSort sort,
            PageRequest page) {
        return page.fetch(em, query(filter), Organisation.class, "o", sort.order());
    }

    /**
     * The matches from position {@code first} on, at most {@code max} of them, plus the total,
     * for screens that jump to any page. Deep offsets cost more than cursors; programs use
     * {@link #list}. The page never carries a cursor.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Organisation> listPage(OrganisationFilter filter, OrganisationSort sort,
            int first, int max) {
        PageRequest.checkOffset(first, max);
        QueryBuilder query = query(filter);
        List<Organisation> items = query.page(em, Organisation.class, null, Map.of(),
                sort.order().orderBy("o"), max).setFirstResult(first).getResultList();
        return new Page<>(List.copyOf(items), query.count(em), Optional.empty());
    }

    private QueryBuilder query(OrganisationFilter filter) {
        QueryBuilder query = new QueryBuilder("Organisation", "o").loadTogether("tags");
        if (!Roles.isAdmin(context)) {
            query.where("o.status = :status", "status", OrganisationStatus.ACTIVE);
        } else {
            filter.status().ifPresent(s -> query.where("o.status = :status", "status", s));
        }
        filter.kind().ifPresent(k -> query.where("o.kind = :kind", "kind", k));
        filter.text().filter(t -> !t.isBlank()).ifPresent(t -> query.where(
                "o.sortKey like :text escape '\\'", "text",
                Like.containing(t, Organisation.NAME_MAX)));
        filter.countryCode().ifPresent(c -> query.where("o.id in (select o2.id from"
                + " Organisation o2 join o2.addresses a where a.countryCode = :country)",
                "country", c));
        int index = 0;
        for (String reference : filter.tags()) {
            TaxonomyValue value = taxonomies.findValueByReference(reference).orElseThrow(() ->
                    Problems.invalid("tag", "tag.unknown", reference));
            String name = "tag" + index++;
            query.where("o.id in (select o3.id from Organisation o3 join o3.tags t"
                    + " where t.path like :" + name + ")", name, value.getPath() + "%");
        }
        return query;
    }

    /** The entity with this UUID if the caller may see it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Organisation> find(UUID uuid) {
        return stored(uuid).filter(o -> o.isPublic() || Roles.isAdmin(context));
    }

    /** The entity with this UUID if the caller may see it, or a not-found error. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Organisation get(UUID uuid) {
        return find(uuid).orElseThrow(() -> new NotFoundException("Entity", uuid));
    }

    /**
     * The field errors an entity with these tags would be refused with (its fields' rules
     * and the tags allowed), nothing stored: for callers that found errors of their own in
     * the input and report them together with these.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldError> check(Organisation data, List<UUID> tagUuids) {
        Roles.requireAdmin(context);
        InputErrors errors = new InputErrors();
        checked(data, tagUuids, errors);
        return errors.list();
    }

    /** Creates an entity with the given tags; every field error is reported at once. */
    public Organisation create(Organisation data, List<UUID> tagUuids) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        InputErrors errors = new InputErrors();
        Set<TaxonomyValue> tags = checked(data, tagUuids, errors);
        errors.throwIfAny();
        if (stored(data.getUuid()).isPresent()) {
            throw new ConflictException("duplicate-uuid", Problems.text("entity.uuidTaken",
                    data.getUuid()));
        }

        data.replaceTags(tags);
        changes.record(data);
        em.persist(data);

        SystemTask.logChange(LOG, () -> "Created entity " + data.getUuid());
        return data;
    }

    /** Replaces the fields and tags of an entity, if the caller saw its current version. */
    public Organisation update(UUID uuid, long version, Organisation data, List<UUID> tagUuids) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        Organisation organisation = stored(uuid)
                .orElseThrow(() -> new NotFoundException("Entity", uuid));
        StaleVersionException.check("Entity " + uuid, version, organisation.getVersion());
        changes.track(organisation);
        // Read before the first change: a query then would write the entity out early.
        InputErrors errors = new InputErrors();
        Set<TaxonomyValue> tags = checked(data, tagUuids, errors);
        errors.throwIfAny();

        organisation.copyFieldsFrom(data);
        organisation.replaceTags(tags);
        changes.record(organisation);
        em.flush();

        SystemTask.logChange(LOG, () -> "Updated entity " + uuid);
        return organisation;
    }

    /** The entity's description sanitised, its fields and tags checked; the tags found. */
    private Set<TaxonomyValue> checked(Organisation data, List<UUID> tagUuids,
            InputErrors errors) {
        data.setDescription(RichText.sanitise(data.getDescription()));
        errors.run(() -> InputCheck.validate(validator, data));
        return errors.get(() -> taxonomies.resolveTags(tagUuids, ObjectType.ENTITY));
    }

    /**
     * Points an entity to a stored logo image, or removes its logo when the hash is null,
     * if the caller saw its current version. The image must have been stored before.
     */
    public Organisation setLogo(UUID uuid, long version, String mediaHash) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        Organisation organisation = stored(uuid)
                .orElseThrow(() -> new NotFoundException("Entity", uuid));
        StaleVersionException.check("Entity " + uuid, version, organisation.getVersion());
        changes.track(organisation);
        if (mediaHash != null && !MediaItem.isHash(mediaHash)) {
            throw Problems.invalid("logo", "logo.hash");
        }
        if (mediaHash != null && !media.exists(mediaHash)) {
            throw Problems.invalid("logo", "image.unknown", mediaHash);
        }
        if (mediaHash != null) {
            // An administrator showing a member's pending upload accepts it.
            media.release(mediaHash);
        }

        organisation.setLogoHash(mediaHash);
        changes.record(organisation);
        em.flush();

        SystemTask.logChange(LOG, () -> (mediaHash == null ? "Removed the logo of entity "
                : "Set logo " + mediaHash + " of entity ") + uuid);
        return organisation;
    }

    /** Deletes an entity, leaving a tombstone; refused while articles refer to it. */
    public void delete(UUID uuid, long version) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        Organisation organisation = stored(uuid)
                .orElseThrow(() -> new NotFoundException("Entity", uuid));
        StaleVersionException.check("Entity " + uuid, version, organisation.getVersion());
        changes.track(organisation);
        long references = 0;
        for (String query : List.of(
                "select count(a) from Article a join a.relatedEntities r where r = :o",
                "select count(a) from Article a where a.job.hiringEntity = :o",
                "select count(a) from Article a where a.offering.provider = :o",
                // Members' work waiting for a decision is not dropped with the entity.
                "select count(r) from MemberRequest r where r.organisation = :o"
                        + " and r.status = org.openxeco.membership.RequestStatus.PENDING",
                "select count(c) from EntityChange c where c.organisation = :o"
                        + " and c.status = org.openxeco.membership.RequestStatus.PENDING",
                "select count(m) from MemberArticle m where m.organisation = :o")) {
            references += em.createQuery(query, Long.class).setParameter("o", organisation)
                    .getSingleResult();
        }
        if (references > 0) {
            throw new ConflictException("in-use", Problems.text("entity.inUse", uuid,
                    references));
        }

        changes.recordDeletion(organisation);
        em.remove(organisation);

        SystemTask.logChange(LOG, () -> "Deleted entity " + uuid);
    }

    private Optional<Organisation> stored(UUID uuid) {
        return em.createQuery("select o from Organisation o where o.uuid = :uuid",
                Organisation.class).setParameter("uuid", uuid.toString())
                .getResultStream().findFirst();
    }
}
