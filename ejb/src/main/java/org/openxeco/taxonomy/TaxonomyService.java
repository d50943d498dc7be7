package org.openxeco.taxonomy;

import java.util.Collection;
import java.util.HashMap;
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
import org.openxeco.kernel.InputCheck;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.kernel.SystemTask;

/**
 * Reads taxonomy schemes and their values and creates, changes and deletes them. Keeps codes
 * unique per scheme, refuses cycles and refuses to delete what is still used to tag objects.
 * Moving and reordering values is {@link TaxonomyTree}'s work, where a value is used
 * {@link TaxonomyUsage}'s, labels per language {@link TaxonomyLabels}' and CSV files
 * {@link TaxonomyInstaller}'s and {@link TaxonomyExport}'s.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class TaxonomyService {

    private static final Logger LOG = Logger.getLogger(TaxonomyService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    ChangeLog changes;

    @Inject
    NodeUris uris;

    @Resource
    SessionContext context;

    /** All schemes, ordered by code. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TaxonomyScheme> schemes() {
        return em.createQuery("select s from TaxonomyScheme s order by s.code",
                TaxonomyScheme.class).getResultList();
    }

    /** The scheme with this UUID, or a not-found error. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TaxonomyScheme scheme(UUID uuid) {
        return findScheme(uuid).orElseThrow(() -> new NotFoundException("Taxonomy", uuid));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TaxonomyScheme> findScheme(UUID uuid) {
        return em.createQuery("select s from TaxonomyScheme s where s.uuid = :uuid",
                TaxonomyScheme.class).setParameter("uuid", uuid.toString())
                .getResultStream().findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TaxonomyScheme> findSchemeByCode(String code) {
        return em.createQuery("select s from TaxonomyScheme s where s.code = :code",
                TaxonomyScheme.class).setParameter("code", code).getResultStream().findFirst();
    }

    /** Every value of a scheme in tree order: parents before children, siblings by position. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TaxonomyValue> values(UUID schemeUuid) {
        TaxonomyScheme scheme = scheme(schemeUuid);
        return em.createQuery("select v from TaxonomyValue v where v.scheme = :scheme"
                + " order by v.depth, v.position, v.code", TaxonomyValue.class)
                .setParameter("scheme", scheme).getResultList();
    }

    /** The value with this UUID in the given scheme, or a not-found error. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TaxonomyValue value(UUID schemeUuid, UUID valueUuid) {
        return findValue(valueUuid)
                .filter(v -> v.getScheme().getUuid().equals(schemeUuid))
                .orElseThrow(() -> new NotFoundException("Taxonomy value", valueUuid));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TaxonomyValue> findValue(UUID uuid) {
        return em.createQuery("select v from TaxonomyValue v where v.uuid = :uuid",
                TaxonomyValue.class).setParameter("uuid", uuid.toString())
                .getResultStream().findFirst();
    }

    /**
     * Finds a value by reference: its UUID, {@code scheme-code:value-code}, or the
     * {@code {scheme URI}/{value code}} that files and lists write. Used by list filters,
     * where people write {@code countries:LU} rather than a UUID.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TaxonomyValue> findValueByReference(String written) {
        String reference = written.strip();
        if (reference.contains("://") || reference.startsWith("urn:")) {
            return new TagTexts(uris, this).find(reference);
        }
        int colon = reference.indexOf(':');
        if (colon < 0) {
            try {
                return findValue(UUID.fromString(reference));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return em.createQuery("select v from TaxonomyValue v where v.scheme.code = :scheme"
                + " and v.code = :code", TaxonomyValue.class)
                .setParameter("scheme", reference.substring(0, colon))
                .setParameter("code", reference.substring(colon + 1))
                .getResultStream().findFirst();
    }

    /** The value whose canonical URI (bundled or imported vocabularies) this is. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TaxonomyValue> findValueByCanonicalUri(String uri) {
        return em.createQuery("select v from TaxonomyValue v where v.canonicalUri = :uri",
                TaxonomyValue.class).setParameter("uri", uri).getResultStream().findFirst();
    }

    /** Counts, per value UUID, how many entities and articles it tags. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<UUID, Long> usage(UUID schemeUuid) {
        Map<UUID, Long> counts = new HashMap<>();
        new TagCounts(em).direct(scheme(schemeUuid))
                .forEach((uuid, c) -> counts.put(uuid, c.total()));
        return counts;
    }

    /** Creates a scheme; its code must be new on this node. */
    public TaxonomyScheme createScheme(TaxonomyScheme scheme) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        InputCheck.validate(validator, scheme);
        if (findSchemeByCode(scheme.getCode()).isPresent()) {
            throw new ConflictException("duplicate-code",
                    Problems.text("taxonomy.codeTaken", scheme.getCode()));
        }

        changes.record(scheme);
        em.persist(scheme);

        SystemTask.logChange(LOG, () -> "Created taxonomy " + scheme.getUuid() + " ("
                + scheme.getCode() + ")");
        return scheme;
    }

    /** Changes the labels, description, targets and choice mode of a scheme. */
    public TaxonomyScheme updateScheme(UUID uuid, long version, TaxonomyScheme data) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        TaxonomyScheme scheme = scheme(uuid);
        StaleVersionException.check("Taxonomy " + uuid, version, scheme.getVersion());
        changes.track(scheme);
        InputCheck.validate(validator, data);
        if (!scheme.getCode().equals(data.getCode())
                && findSchemeByCode(data.getCode()).isPresent()) {
            throw new ConflictException("duplicate-code",
                    Problems.text("taxonomy.codeTaken", data.getCode()));
        }

        scheme.setCode(data.getCode());
        scheme.setLabels(data.getLabels());
        scheme.setDescription(data.getDescription());
        scheme.setMultipleChoice(data.isMultipleChoice());
        scheme.setTargets(data.getTargets());
        scheme.setSource(data.getSource());
        scheme.setLicence(data.getLicence());
        if (data.getCanonicalUri() != null) {
            scheme.setCanonicalUri(data.getCanonicalUri());
        }
        changes.record(scheme);

        SystemTask.logChange(LOG, () -> "Updated taxonomy " + uuid);
        return scheme;
    }

    /** Deletes a scheme and its values, refused while any of its values tags an object. */
    public void deleteScheme(UUID uuid, long version) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        TaxonomyScheme scheme = scheme(uuid);
        StaleVersionException.check("Taxonomy " + uuid, version, scheme.getVersion());
        TagCounts.Counts used = new TagCounts(em).direct(scheme).values().stream()
                .reduce(TagCounts.Counts.NONE, TagCounts.Counts::plus);
        if (used.total() > 0) {
            throw new ConflictException("in-use", Problems.text("taxonomy.inUse",
                    scheme.getCode(), used.describe()));
        }

        List<TaxonomyValue> values = values(uuid);
        ValueDeletion.remove(em, changes, values);
        changes.recordDeletion(scheme);
        em.remove(scheme);

        SystemTask.logChange(LOG, () -> "Deleted taxonomy " + uuid + " with " + values.size()
                + " value(s)");
    }

    /** Adds a value under the given parent (or at the root) at the end of its siblings. */
    public TaxonomyValue createValue(UUID schemeUuid, TaxonomyValue value, UUID parentUuid) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        TaxonomyScheme scheme = scheme(schemeUuid);
        InputCheck.validate(validator, value);
        if (value.getScheme() != scheme && !value.getScheme().getUuid().equals(schemeUuid)) {
            throw Problems.invalid("scheme", "value.otherTaxonomy");
        }
        if (findValueByReference(scheme.getCode() + ":" + value.getCode()).isPresent()) {
            throw new ConflictException("duplicate-code", Problems.text("value.codeTaken",
                    scheme.getCode(), value.getCode()));
        }
        TreeEditor tree = new TreeEditor(em, changes);
        TaxonomyValue parent = parentUuid == null ? null : tree.parentIn(scheme, parentUuid);

        value.placeUnder(parent, tree.nextPosition(scheme, parent));
        TreeEditor.checkDepth(value.getDepth());
        changes.record(value);
        em.persist(value);

        LOG.fine(() -> "Created taxonomy value " + value.getUuid());
        return value;
    }

    /**
     * Changes a value's code and labels and, if the parent differs, moves it with its subtree.
     * A move under the value itself or one of its descendants is refused.
     */
    public TaxonomyValue updateValue(UUID schemeUuid, UUID valueUuid, long version,
            TaxonomyValue data, UUID parentUuid) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        TaxonomyValue value = value(schemeUuid, valueUuid);
        StaleVersionException.check("Taxonomy value " + valueUuid, version, value.getVersion());
        changes.track(value);
        InputCheck.validate(validator, data);
        TaxonomyScheme scheme = value.getScheme();
        if (!value.getCode().equals(data.getCode())
                && findValueByReference(scheme.getCode() + ":" + data.getCode()).isPresent()) {
            throw new ConflictException("duplicate-code", Problems.text("value.codeTaken",
                    scheme.getCode(), data.getCode()));
        }
        TreeEditor tree = new TreeEditor(em, changes);
        TaxonomyValue parent = parentUuid == null ? null : tree.parentIn(scheme, parentUuid);
        TreeEditor.checkNoCycle(value, parent);

        if (!TreeEditor.sameParent(value, parent)) {
            tree.moveToEnd(value, parent);
        }
        value.setCode(data.getCode());
        value.setLabels(data.getLabels());
        if (data.getCanonicalUri() != null) {
            value.setCanonicalUri(data.getCanonicalUri());
        }
        changes.record(value);

        SystemTask.logChange(LOG, () -> "Updated taxonomy value " + valueUuid);
        return value;
    }

    /** Deletes a value; refused while it has children or tags any object. */
    public void deleteValue(UUID schemeUuid, UUID valueUuid, long version) {
        deleteValue(schemeUuid, valueUuid, version, false);
    }

    /**
     * Deletes a value, or with {@code subtree} the value and all its descendants. Refused
     * while it has children and the subtree is not asked for, and while the value (or any
     * value of the subtree) tags an object; the refusal gives the counts of entities and
     * articles. Every deleted value leaves a tombstone.
     */
    public void deleteValue(UUID schemeUuid, UUID valueUuid, long version, boolean subtree) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        TaxonomyValue value = value(schemeUuid, valueUuid);
        StaleVersionException.check("Taxonomy value " + valueUuid, version, value.getVersion());
        int deleted = new ValueDeletion(em, changes).delete(value, subtree);

        SystemTask.logChange(LOG, () -> "Deleted taxonomy value " + valueUuid
                + (deleted > 1 ? " with " + (deleted - 1) + " descendant(s)" : ""));
    }

    /**
     * Resolves tag UUIDs for an object of the given type: each must exist, belong to a scheme
     * that may tag that type, and single-choice schemes allow one value. Errors name the
     * position in the list.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<TaxonomyValue> resolveTags(Collection<UUID> tagUuids, ObjectType type) {
        return TagResolution.resolve(tagUuids, type, this::findValue);
    }
}
