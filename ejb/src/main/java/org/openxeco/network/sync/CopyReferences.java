package org.openxeco.network.sync;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.NodeUris;
import org.openxeco.network.sync.ImportReference.Role;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Merges what a copy refers to: its tags by concept URI and an article's entities by URI.
 * A concept or entity that is not here is kept as an {@link ImportReference} and linked
 * when it arrives; what an admin added here stays.
 */
@Dependent
public class CopyReferences {

    static final String TAGS = "tags";
    static final String RELATED = "related";
    static final String HIRING = "hiring";
    static final String PROVIDER = "provider";

    @PersistenceContext
    EntityManager em;

    @Inject
    NodeUris uris;

    /** The URI under which a taxonomy value travels. */
    String key(TaxonomyValue value) {
        return value.getCanonicalUri() != null ? value.getCanonicalUri()
                : uris.taxonomyValue(value.getScheme().getUuid(), value.getUuid());
    }

    /** The URI under which an entity travels: its origin's, else this node's. */
    String key(Organisation entity) {
        return entity.getOriginUri().orElseGet(() -> uris.entity(entity.getUuid()));
    }

    /** Merges the tags; returns whether they changed. */
    boolean tags(Batch batch, Incoming<?> in, Set<TaxonomyValue> local, Map<String, String> base,
            boolean fresh, Set<TaxonomyValue> result) {
        List<String> remote = in.references(Role.TAG).stream().map(Incoming.Ref::uri).toList();
        return merge(TAGS, local, this::key, remote, batch.concepts::get, base, fresh, result);
    }

    /** Merges the related entities of an article; returns whether they changed. */
    boolean related(Batch batch, Incoming<Article> in, Article local, Map<String, String> base,
            boolean fresh) {
        List<String> remote = in.references(Role.RELATED).stream().map(Incoming.Ref::uri)
                .toList();
        Set<Organisation> result = new LinkedHashSet<>();
        boolean changed = merge(RELATED, local.getRelatedEntities(), this::key, remote,
                uri -> entity(batch, uri), base, fresh, result);
        if (changed) {
            local.replaceRelatedEntities(result);
        }
        return changed;
    }

    /**
     * Merges a single reference (hiring entity, provider) like a field: taken from the
     * origin unless changed here. Returns the conflict, if both sides changed it.
     */
    Optional<CopyMerge.Conflict> single(Batch batch, String name, Role role, Incoming<?> in,
            Organisation current, java.util.function.Consumer<Organisation> set,
            Map<String, String> base, boolean fresh) {
        String remote = in.references(role).stream().map(Incoming.Ref::uri).findFirst()
                .orElse(null);
        String local = current == null ? null : key(current);
        String printBase = base.get(name);
        if (Objects.equals(local, remote)) {
            base.put(name, FieldBase.fingerprint(remote));
        } else if (fresh || printBase == null || printBase.equals(FieldBase.fingerprint(local))) {
            set.accept(remote == null ? null : entity(batch, remote));
            base.put(name, FieldBase.fingerprint(remote));
        } else if (!printBase.equals(FieldBase.fingerprint(remote))) {
            return Optional.of(new CopyMerge.Conflict(name, local, remote));
        }
        return Optional.empty();
    }

    private <E> boolean merge(String name, Set<E> local, Function<E, String> key,
            List<String> remote, Function<String, E> resolve, Map<String, String> base,
            boolean fresh, Set<E> result) {
        List<String> localKeys = local.stream().map(key).toList();
        CopyMerge.SetOutcome outcome = CopyMerge.set(localKeys, remote, base.get(name), fresh);
        base.put(name, outcome.base());
        result.clear();
        local.stream().filter(e -> !outcome.remove().contains(key.apply(e)))
                .forEach(result::add);
        for (String uri : outcome.add()) {
            E found = resolve.apply(uri);
            if (found != null) {
                result.add(found);
            }
        }
        return !result.equals(local);
    }

    /**
     * Replaces the pending references of a copy by the references of the incoming object
     * that name nothing here, for the link step to resolve later.
     */
    void pending(Batch batch, ImportedCopy owner, Incoming<?> in, boolean fresh) {
        List<ImportReference> previous = fresh ? List.of()
                : batch.pending.getOrDefault(owner.getObjectUuid().toString(), List.of());
        previous.forEach(em::remove);
        List<ImportReference> now = new ArrayList<>();
        for (Incoming.Ref ref : in.references()) {
            boolean found = ref.role() == Role.TAG ? batch.concepts.containsKey(ref.uri())
                    : entity(batch, ref.uri()) != null;
            if (!found) {
                ImportReference reference = new ImportReference(owner, ref.role(), ref.uri(),
                        ref.label(), ref.scheme());
                em.persist(reference);
                now.add(reference);
            }
        }
        batch.pending.put(owner.getObjectUuid().toString(), now);
    }

    /** The local entity for a URI: a copy with that origin, or this node's own entity. */
    Organisation entity(Batch batch, String uri) {
        Organisation found = batch.entities.get(uri);
        String own = uris.baseUrl() + "/api/entities/";
        if (found == null && uri.startsWith(own)) {
            try {
                found = em.createQuery("select o from Organisation o where o.uuid = :uuid",
                        Organisation.class).setParameter("uuid", UUID.fromString(
                                uri.substring(own.length())).toString())
                        // This node's own entity is stored already: no need to write the
                        // page's pending changes out first, in the middle of a copy's change.
                        .setFlushMode(FlushModeType.COMMIT)
                        .getResultStream().findFirst().orElse(null);
            } catch (IllegalArgumentException e) {
                found = null;
            }
            if (found != null) {
                batch.entities.put(uri, found);
            }
        }
        return found;
    }
}
