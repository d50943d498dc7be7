package org.openxeco.network.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.audit.AuditTrail;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.SystemTask;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Maps peers' concepts onto local taxonomy values instead of importing copies of them. A
 * mapped concept resolves to the local value, which publishes it as its
 * {@code skos:exactMatch}; tags of imported objects waiting for the concept are linked at
 * once. Administrators only; every change is audited.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class ConceptMappings {

    private static final Logger LOG = Logger.getLogger(ConceptMappings.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    AuditTrail audit;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    ConceptResolver resolver;

    @Inject
    ReferenceLinker linker;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /**
     * Maps the concept onto the local value, replacing an earlier mapping of it. Refused for
     * a URI that names a value of this node already.
     */
    public ConceptMatch map(String conceptUri, UUID localValueUuid) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        String uri = checkUri(conceptUri);
        TaxonomyValue value = taxonomies.findValue(localValueUuid)
                .orElseThrow(() -> new NotFoundException("Taxonomy value", localValueUuid));
        Optional<ConceptMatch> existing = find(uri);
        TaxonomyValue known = resolver.resolve(List.of(uri)).get(uri);
        if (known != null && existing.isEmpty()) {
            throw new ConflictException("known-concept", Problems.text("concept.known", uri,
                    known.reference()));
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);

        ConceptMatch match;
        if (existing.isPresent()) {
            match = existing.get();
            if (match.getValue().getUuid().equals(localValueUuid)) {
                return match;
            }
            audit.before(match);
            touch(match.getValue());
            match.remap(value, actor(), now);
            audit.recorded(match, false);
        } else {
            match = new ConceptMatch(uri, value, actor(), now);
            em.persist(match);
            audit.recorded(match, true);
        }
        touch(value);
        linker.linkPendingConcepts();

        SystemTask.logChange(LOG, () -> "Mapped concept " + uri + " onto taxonomy value "
                + localValueUuid);
        return match;
    }

    /** Removes the mapping of the concept; nothing happens if there is none. */
    public void unmap(String conceptUri) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        Optional<ConceptMatch> existing = conceptUri == null ? Optional.empty()
                : find(conceptUri.strip());
        if (existing.isEmpty()) {
            return;
        }
        ConceptMatch match = existing.get();
        audit.deleted(match);
        touch(match.getValue());
        em.remove(match);

        SystemTask.logChange(LOG, () -> "Unmapped concept " + match.getConceptUri());
    }

    /** Every mapping, by concept URI. */
    public List<ConceptMatch> list() {
        Roles.requireAdmin(context);
        return em.createQuery("select m from ConceptMatch m order by m.conceptUri",
                ConceptMatch.class).getResultList();
    }

    private Optional<ConceptMatch> find(String uri) {
        return Optional.ofNullable(em.find(ConceptMatch.class, uri));
    }

    /** The value's published SKOS changed: it gets a change number, so followers see it. */
    private void touch(TaxonomyValue value) {
        changes.track(value);
        changes.record(value);
    }

    private static String checkUri(String conceptUri) {
        String uri = conceptUri == null ? "" : conceptUri.strip();
        try {
            if (uri.isEmpty() || uri.length() > SkosReader.URI_LENGTH
                    || !new URI(uri).isAbsolute()) {
                throw Problems.invalid("conceptUri", "concept.uri", SkosReader.URI_LENGTH);
            }
        } catch (URISyntaxException e) {
            throw Problems.invalid("conceptUri", "concept.notUri", e.getReason());
        }
        return uri;
    }

    private String actor() {
        if (SystemTask.isActive() || context == null || context.getCallerPrincipal() == null) {
            return AuditTrail.NODE_ACTOR;
        }
        return context.getCallerPrincipal().getName();
    }
}
