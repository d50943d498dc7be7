package org.openxeco.network.sync;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.Slugs;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.TrackedObject;
import org.openxeco.network.sync.ImportReference.Role;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Writes one incoming object into its local copy: creates the copy the first time, merges
 * later versions field by field ({@link CopyMerge}), hides a copy its origin withdrew and
 * shows it again when the origin publishes it again. An incoming object that failed the
 * validation of local input when its page was read ({@link ReadPage}) changes nothing.
 */
@Dependent
public class CopyWriter {

    /** What writing one object did. */
    enum Effect {
        CREATED, UPDATED, UNCHANGED, WITHDRAWN, SKIPPED
    }

    /** The effect and the number of fields found in conflict. */
    record Written(Effect effect, int conflicts) {
    }

    /** The key in a copy's base saying that a withdrawal hid it here. */
    static final String HIDDEN = "withdrawal-hid";

    @PersistenceContext
    EntityManager em;

    @Inject
    CopyReferences references;

    @Inject
    CopyConflicts conflicts;

    Written entity(Batch batch, Incoming<Organisation> in) {
        ImportedCopy copy = batch.copies.get(in.uri());
        refuseDetached(batch, copy);
        if (skip(batch, copy, in.version())) {
            return new Written(copy == null ? Effect.SKIPPED : Effect.UNCHANGED, 0);
        }
        Organisation remote = in.object();
        batch.read.requireValid(in);
        copy = present(batch, copy);
        if (copy == null && !batch.create) {
            return new Written(Effect.SKIPPED, 0);
        }
        boolean fresh = copy == null;
        Organisation local = fresh ? remote : (Organisation) batch.locals.get(in.uri());
        Map<String, String> base = fresh ? new java.util.HashMap<>() : copy.base();
        if (!fresh) {
            batch.writes.track(local);
        }
        CopyMerge.Outcome outcome = CopyMerge.fields(CopyFields.ENTITY, local, remote, base,
                fresh);
        base = new java.util.HashMap<>(outcome.base());
        Set<TaxonomyValue> tags = new LinkedHashSet<>();
        boolean changed = references.tags(batch, in, fresh ? Set.of() : local.getTags(), base,
                fresh, tags) | outcome.changed();
        local.replaceTags(tags);
        List<CopyMerge.Conflict> found = new ArrayList<>(outcome.conflicts());
        if (fresh) {
            local.setOriginUri(in.uri());
            copy = create(batch, local, ObjectType.ENTITY, in);
        } else if (copy.getWithdrawnAt().isPresent()) {
            if (base.remove(HIDDEN) != null) {
                local.setStatus(OrganisationStatus.ACTIVE);
                changed = true;
            }
            copy.republished();
        }
        changed |= logo(copy, local, in.logo(), found);
        return finish(batch, copy, local, in, base, found, fresh, changed);
    }

    Written article(Batch batch, Incoming<Article> in) {
        ImportedCopy copy = batch.copies.get(in.uri());
        refuseDetached(batch, copy);
        if (skip(batch, copy, in.version())) {
            return new Written(copy == null ? Effect.SKIPPED : Effect.UNCHANGED, 0);
        }
        Article remote = in.object();
        batch.read.requireValid(in);
        copy = present(batch, copy);
        if (copy == null && !batch.create) {
            return new Written(Effect.SKIPPED, 0);
        }
        boolean fresh = copy == null;
        Article local = fresh ? remote : (Article) batch.locals.get(in.uri());
        if (!fresh && local.getType() != remote.getType()) {
            throw new org.openxeco.kernel.InvalidInputException("type", "The type of "
                    + in.uri() + " changed at its origin, which an article cannot do");
        }
        Map<String, String> base = fresh ? new java.util.HashMap<>() : copy.base();
        if (!fresh) {
            batch.writes.track(local);
        }
        CopyMerge.Outcome outcome = CopyMerge.fields(CopyFields.ARTICLE, local, remote, base,
                fresh);
        base = new java.util.HashMap<>(outcome.base());
        Set<TaxonomyValue> tags = new LinkedHashSet<>();
        boolean changed = references.tags(batch, in, fresh ? Set.of() : local.getTags(), base,
                fresh, tags) | outcome.changed();
        local.replaceTags(tags);
        if (fresh) {
            local.replaceRelatedEntities(Set.of());
        }
        changed |= references.related(batch, in, local, base, fresh);
        List<CopyMerge.Conflict> found = new ArrayList<>(outcome.conflicts());
        Article target = local;
        references.single(batch, CopyReferences.HIRING, Role.HIRING, in,
                local.getJob().map(j -> j.getHiringEntity()).orElse(null),
                target::setHiringEntity, base, fresh).ifPresent(found::add);
        references.single(batch, CopyReferences.PROVIDER, Role.PROVIDER, in,
                local.getOffering().map(o -> o.getProvider()).orElse(null),
                target::setProvider, base, fresh).ifPresent(found::add);
        if (fresh) {
            local.setSlug(freeSlug(batch, local));
            local.setOriginUri(in.uri());
            copy = create(batch, local, local.objectType(), in);
        } else if (copy.getWithdrawnAt().isPresent()) {
            if (base.remove(HIDDEN) != null) {
                local.setStatus(ArticleStatus.PUBLIC);
                changed = true;
            }
            copy.republished();
        }
        return finish(batch, copy, local, in, base, found, fresh, changed);
    }

    /** Hides a copy its origin withdrew or deleted; the reason and time stay with it. */
    Written withdraw(Batch batch, String uri, long seq, String reason, java.time.Instant at) {
        ImportedCopy copy = batch.copies.get(uri);
        if (copy == null || !batch.follows(copy) || seq <= copy.getOriginVersion()
                && !batch.force) {
            return new Written(copy == null ? Effect.SKIPPED : Effect.UNCHANGED, 0);
        }
        copy.synced(seq, batch.now);
        if (copy.getWithdrawnReason().filter(reason::equals).isPresent()) {
            return new Written(Effect.UNCHANGED, 0);
        }
        copy.withdrawn(reason, at);
        TrackedObject object = batch.locals.get(uri);
        // Hidden here only if it was shown; one an admin had hidden stays hidden when the
        // origin publishes it again.
        boolean shown = object instanceof Organisation o ? o.isPublic()
                : object instanceof Article a && a.getStatus() == ArticleStatus.PUBLIC;
        if (shown) {
            batch.writes.track(object);
            if (object instanceof Organisation o) {
                o.setStatus(OrganisationStatus.INACTIVE);
            } else if (object instanceof Article a) {
                a.setStatus(ArticleStatus.ARCHIVED);
            }
            batch.writes.record(object);
            Map<String, String> base = copy.base();
            base.put(HIDDEN, "1");
            copy.base(base);
        }
        return new Written(Effect.WITHDRAWN, 0);
    }

    /**
     * An explicit import of an object whose copy an admin detached is refused with the
     * reason: the copy is a local object now, and a second one would duplicate it.
     */
    static void refuseDetached(Batch batch, ImportedCopy copy) {
        if (batch.force && copy != null && copy.getPeer().isEmpty()) {
            throw detached(copy);
        }
    }

    /** The refusal of an explicit import of an object whose copy an admin detached. */
    static ConflictException detached(ImportedCopy copy) {
        return new ConflictException("detached", "It was imported before and detached here"
                + copy.getDetachedAt().map(at -> " on " + at).orElse("")
                + "; it is a local object now, so it is not imported again");
    }

    private boolean skip(Batch batch, ImportedCopy copy, long version) {
        if (copy == null) {
            return !batch.create;
        }
        return !batch.follows(copy) || version <= copy.getOriginVersion() && !batch.force;
    }

    private ImportedCopy create(Batch batch, TrackedObject local, ObjectType type,
            Incoming<?> in) {
        ImportedCopy copy = new ImportedCopy(local.getUuid(), type, in.uri(), batch.peer,
                in.version(), batch.now);
        batch.copies.put(in.uri(), copy);
        if (local instanceof Organisation o) {
            batch.entities.put(in.uri(), o);
            batch.entityCreated = true;
        }
        return copy;
    }

    private Written finish(Batch batch, ImportedCopy copy, TrackedObject local, Incoming<?> in,
            Map<String, String> base, List<CopyMerge.Conflict> found, boolean fresh,
            boolean changed) {
        copy.base(base);
        copy.synced(in.version(), batch.now);
        if (fresh) {
            batch.writes.stampCopy(local);
            em.persist(local);
            // The copy row first: pending references point to it.
            em.persist(copy);
            references.pending(batch, copy, in, true);
            return new Written(Effect.CREATED, 0);
        }
        references.pending(batch, copy, in, false);
        conflicts.replace(batch, copy, found);
        if (changed) {
            batch.writes.record(local);
        }
        return new Written(changed ? Effect.UPDATED : Effect.UNCHANGED, found.size());
    }

    /** Fetching a new logo waits for the page to commit; one changed here stays. */
    private static boolean logo(ImportedCopy copy, Organisation local, String source,
            List<CopyMerge.Conflict> found) {
        if (Objects.equals(source, copy.getLogoSource().orElse(null))) {
            return false;
        }
        if (!Objects.equals(local.getLogoHash(), copy.logoHash())) {
            found.add(new CopyMerge.Conflict("logo", local.getLogoHash(), source));
            return false;
        }
        copy.logo(source, null);
        if (source == null && local.getLogoHash() != null) {
            local.setLogoHash(null);
            return true;
        }
        return false;
    }

    private String freeSlug(Batch batch, Article article) {
        String slug = article.getSlug() == null ? Slugs.of(article.getTitle()) : article.getSlug();
        if (batch.slugs.contains(slug)) {
            slug = Slugs.withUuidEnd(slug, article.getUuid(), 8);
        }
        batch.slugs.add(slug);
        return slug;
    }

    /**
     * The copy if its local object still exists. One deleted here is not brought back by a
     * sync; an explicit import (forced) makes a new copy in its place.
     */
    private ImportedCopy present(Batch batch, ImportedCopy copy) {
        if (copy == null || batch.locals.containsKey(copy.getOriginUri())) {
            return copy;
        }
        if (!batch.force) {
            throw new Gone(copy.getOriginUri());
        }
        em.remove(copy);
        em.flush();
        batch.copies.remove(copy.getOriginUri());
        return null;
    }

    /** A copy whose object an admin deleted here: a sync leaves it alone. */
    static final class Gone extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Gone(String uri) {
            super(uri + " was deleted here after its import", null, false, false);
        }
    }
}
