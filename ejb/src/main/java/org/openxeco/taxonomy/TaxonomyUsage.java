package org.openxeco.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;

/**
 * Tells administrators where taxonomy values are used: the objects one value tags, so that
 * a refused delete can show them, and per value of a scheme how many objects it and its
 * subtree tag, for a tree display. Drafts count too, so only administrators may ask.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TaxonomyUsage {

    /** How many objects {@link #whereUsed(UUID, UUID)} lists unless told otherwise. */
    public static final int DEFAULT_LIMIT = 50;

    /** The most objects one call lists. */
    public static final int MAX_LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    TaxonomyService taxonomies;

    @Resource
    SessionContext context;

    /**
     * How many objects a value tags: {@code entities} and {@code articles} count those tagged
     * with the value itself, the {@code subtree} counts those tagged with the value or any
     * value below it, each object once.
     */
    public record Usage(long entities, long articles, long subtreeEntities,
            long subtreeArticles) {

        /** Objects tagged with the value itself. */
        public long direct() {
            return entities + articles;
        }

        /** Objects tagged with the value or any of its descendants. */
        public long subtree() {
            return subtreeEntities + subtreeArticles;
        }
    }

    /** One object a value tags: its type (an article's type), UUID and name or title. */
    public record UsedBy(ObjectType type, UUID uuid, String name) {
    }

    /**
     * Where a value is used: the total numbers of entities and articles it tags, and the
     * first of them (entities by name, then articles by title) up to the limit asked for.
     */
    public record WhereUsed(long entities, long articles, List<UsedBy> first) {

        public long total() {
            return entities + articles;
        }

        /** Whether more objects use the value than {@link #first()} lists. */
        public boolean truncated() {
            return first.size() < total();
        }
    }

    /** The objects a value tags, the first {@value #DEFAULT_LIMIT} listed. */
    public WhereUsed whereUsed(UUID schemeUuid, UUID valueUuid) {
        return whereUsed(schemeUuid, valueUuid, DEFAULT_LIMIT);
    }

    /** The objects a value tags, listing at most {@code limit} (1 to {@value #MAX_LIMIT}). */
    public WhereUsed whereUsed(UUID schemeUuid, UUID valueUuid, int limit) {
        Roles.requireAdmin(context);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Problems.invalid("limit", "usage.limit", MAX_LIMIT);
        }
        TaxonomyValue value = taxonomies.value(schemeUuid, valueUuid);
        TagCounts.Counts counts = new TagCounts(em).of(value);

        List<UsedBy> first = new ArrayList<>();
        for (Object[] row : em.createQuery("select o.uuid, o.name from Organisation o"
                + " join o.tags v where v = :value order by o.name, o.uuid", Object[].class)
                .setParameter("value", value).setMaxResults(limit).getResultList()) {
            first.add(new UsedBy(ObjectType.ENTITY, UUID.fromString((String) row[0]),
                    (String) row[1]));
        }
        if (first.size() < limit) {
            for (Object[] row : em.createQuery("select a.uuid, a.type, a.title from Article a"
                    + " join a.tags v where v = :value order by a.title, a.uuid", Object[].class)
                    .setParameter("value", value).setMaxResults(limit - first.size())
                    .getResultList()) {
                // Each article type tags as the object type of its name; reading the name
                // keeps this package free of a dependency on the content package.
                first.add(new UsedBy(ObjectType.valueOf(((Enum<?>) row[1]).name()),
                        UUID.fromString((String) row[0]), (String) row[2]));
            }
        }
        return new WhereUsed(counts.entities(), counts.articles(), List.copyOf(first));
    }

    /**
     * The usage of every value of a scheme, unused ones included, in five queries whatever
     * the size of the tree.
     */
    public Map<UUID, Usage> usage(UUID schemeUuid) {
        Roles.requireAdmin(context);
        TaxonomyScheme scheme = taxonomies.scheme(schemeUuid);
        TagCounts tags = new TagCounts(em);
        Map<UUID, TagCounts.Counts> direct = tags.direct(scheme);
        Map<UUID, TagCounts.Counts> subtrees = tags.subtrees(scheme);

        Map<UUID, Usage> usage = new HashMap<>();
        for (String uuid : em.createQuery("select v.uuid from TaxonomyValue v"
                + " where v.scheme = :scheme", String.class).setParameter("scheme", scheme)
                .getResultList()) {
            UUID key = UUID.fromString(uuid);
            TagCounts.Counts own = direct.getOrDefault(key, TagCounts.Counts.NONE);
            TagCounts.Counts below = subtrees.getOrDefault(key, TagCounts.Counts.NONE);
            usage.put(key, new Usage(own.entities(), own.articles(), below.entities(),
                    below.articles()));
        }
        return usage;
    }
}
