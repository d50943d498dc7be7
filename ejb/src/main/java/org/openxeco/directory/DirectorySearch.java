package org.openxeco.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.QueryBuilder;
import org.openxeco.kernel.Like;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TagFacets;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * The public directory: searches active entities only, whoever calls (an administrator
 * browsing the public site sees what visitors see), and counts the kinds and countries of
 * the matches with aggregate queries and their taxonomy values from their tag links, so no
 * entity is loaded beyond the page shown.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DirectorySearch {

    private static final int MAX_COUNTRIES = 40;

    /**
     * The relations an entity brings along when shown, loaded for a whole list at once
     * (one query per relation instead of one per entity and relation).
     */
    public static final List<String> SHOWN = List.of("websites", "addresses", "identifiers",
            "tags", "tags.labels", "tags.parent", "tags.parent.labels");

    @PersistenceContext
    EntityManager em;

    @Inject
    TaxonomyService taxonomies;

    /**
     * The matches from position {@code first} on (at most {@code max}, by name), their
     * total and the facet counts; labels are picked in the given language. An unknown
     * taxonomy value matches nothing.
     */
    public DirectoryResults search(DirectoryQuery query, int first, int max, String lang) {
        List<TaxonomyValue> chosen = new ArrayList<>();
        QueryBuilder list = conditions(query, chosen);

        // The status (always active here) leads the order so that the database walks the
        // index on (status, sort key, id) in order rather than sorting all matches.
        List<Organisation> items = list.slice(em, Organisation.class,
                "o.status, o.sortKey, o.id", first, max);
        // Kind and country are each counted without their own choice, so that once one is
        // chosen the others stay offered with their counts. Every entity has one kind, so
        // the kind counts also give the total without another pass over the matches.
        QueryBuilder anyKind = conditions(new DirectoryQuery(query.text(), Optional.empty(),
                query.countryCode(), query.tags()), new ArrayList<>());
        Map<OrganisationKind, Long> kinds = new LinkedHashMap<>();
        sortedCounts(anyKind.query(em, "select o.kind, count(o) from Organisation o where "
                + anyKind.all() + " group by o.kind", Object[].class).getResultList(),
                OrganisationKind.values().length)
                .forEach(r -> kinds.put((OrganisationKind) r[0], ((Number) r[1]).longValue()));
        long total = query.kind().map(k -> kinds.getOrDefault(k, 0L))
                .orElse(kinds.values().stream().mapToLong(Long::longValue).sum());
        QueryBuilder anyCountry = conditions(new DirectoryQuery(query.text(), query.kind(),
                Optional.empty(), query.tags()), new ArrayList<>());
        Map<String, Long> countries = new LinkedHashMap<>();
        sortedCounts(anyCountry.query(em, "select fa.countryCode, count(distinct o) from"
                + " Organisation o join o.addresses fa where " + anyCountry.all()
                + " group by fa.countryCode", Object[].class).getResultList(), MAX_COUNTRIES)
                .forEach(r -> countries.put((String) r[0], ((Number) r[1]).longValue()));
        List<TagFacets.Facet> facets = new TagFacets(em).count(list, total,
                "OrganisationTagRow", ObjectType.ENTITY, chosen, lang);
        return new DirectoryResults(items, total, kinds, countries, facets);
    }

    /** The entity with this UUID if it is public, whoever asks. */
    public Optional<Organisation> find(UUID uuid) {
        return em.createQuery("select o from Organisation o where o.uuid = :uuid",
                Organisation.class).setParameter("uuid", uuid.toString())
                .getResultStream().filter(Organisation::isPublic).findFirst();
    }

    /** Rows of (value, count), most frequent first, at most {@code limit} of them. */
    private static List<Object[]> sortedCounts(List<Object[]> rows, int limit) {
        return rows.stream().sorted(Comparator.comparingLong((Object[] r) ->
                ((Number) r[1]).longValue()).reversed().thenComparing(r -> r[0].toString()))
                .limit(limit).toList();
    }

    private QueryBuilder conditions(DirectoryQuery query, List<TaxonomyValue> chosen) {
        QueryBuilder list = new QueryBuilder("Organisation", "o")
                .loadTogether(SHOWN.toArray(String[]::new))
                .where("o.status = :status", "status", OrganisationStatus.ACTIVE);
        List<String> words = query.text().map(SearchText::words).orElse(List.of());
        // TODO [perf] '%word%' reads every active entity's search text, in the page, the count
        // and each facet query; a trigram index (pg_trgm) on PostgreSQL would serve it.
        for (int i = 0; i < words.size(); i++) {
            list.where("o.searchText like :word" + i + " escape '\\'", "word" + i,
                    Like.containing(words.get(i), 100));
        }
        query.kind().ifPresent(k -> list.where("o.kind = :kind", "kind", k));
        query.countryCode().ifPresent(c -> list.where("o.id in (select o2.id from"
                + " Organisation o2 join o2.addresses a2 where a2.countryCode = :country)",
                "country", c));
        int index = 0;
        for (String reference : query.tags()) {
            Optional<TaxonomyValue> value = taxonomies.findValueByReference(reference)
                    .filter(v -> v.getScheme().mayTag(ObjectType.ENTITY));
            if (value.isEmpty()) {
                list.where("1 = 0");
                continue;
            }
            chosen.add(value.get());
            String name = "tag" + index++;
            list.where("o.id in (select o3.id from Organisation o3 join o3.tags t3"
                    + " where t3.path like :" + name + ")", name, value.get().getPath() + "%");
        }
        return list;
    }
}
