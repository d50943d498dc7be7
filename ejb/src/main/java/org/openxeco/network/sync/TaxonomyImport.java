package org.openxeco.network.sync;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.SystemTask;
import org.openxeco.network.peers.Peer;
import org.openxeco.taxonomy.ConceptData;
import org.openxeco.taxonomy.SchemeCopy;
import org.openxeco.taxonomy.TaxonomyScheme;

/**
 * Applies a peer's taxonomy, as SKOS, to its copy on this node, in the caller's transaction.
 * The scheme is matched by its URI and its values by concept URI, never by code, name or
 * id. A new scheme becomes a copy that follows the peer; a scheme already here under that
 * URI that is not this peer's copy (a bundled taxonomy both nodes installed, say) is not
 * duplicated: a local one stays as it is, another peer's copy only gains missing values.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TaxonomyImport {

    private static final Logger LOG = Logger.getLogger(TaxonomyImport.class.getName());

    /** The types a scheme tags when its origin does not say: all of them. */
    private static final Set<ObjectType> ALL_TARGETS = Set.of(ObjectType.ENTITY,
            ObjectType.NEWS, ObjectType.EVENT, ObjectType.JOB_OFFER, ObjectType.SERVICE,
            ObjectType.TOOL);

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    ConceptResolver resolver;

    Clock clock = Clock.systemUTC();

    /**
     * Applies the whole scheme the peer publishes under the URI: adds its new concepts,
     * follows changed labels, codes and places, and removes the values it dropped unless
     * they are in use. Returns the local scheme. Malformed SKOS changes nothing.
     */
    public TaxonomyScheme apply(Peer peer, String schemeUri, JsonObject skos,
            long originVersion) {
        return apply(peer, schemeUri, skos, originVersion, null);
    }

    /**
     * Applies a scheme, or with a concept URI only that concept, its broader concepts and
     * the concepts below it (then nothing is removed).
     */
    public TaxonomyScheme apply(Peer peer, String schemeUri, JsonObject skos,
            long originVersion, String subtreeConceptUri) {
        if (peer == null || schemeUri == null) {
            throw Problems.invalid(peer == null ? "peer" : "schemeUri",
                    "sync.taxonomyNeeded");
        }
        SkosScheme incoming = SkosReader.read(schemeUri, skos);
        List<ConceptData> concepts = subtreeConceptUri == null ? incoming.concepts()
                : subtree(incoming.concepts(), subtreeConceptUri);
        changes.lockWrites();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);

        Optional<ImportedCopy> copy = copyOf(schemeUri);
        Optional<TaxonomyScheme> local = copy.flatMap(c -> scheme(c.getObjectUuid()));
        if (copy.isPresent() && local.isEmpty()) {
            // The copy's scheme was deleted here: the provenance left behind goes too.
            em.remove(copy.get());
            em.flush();
            copy = Optional.empty();
        }
        if (local.isEmpty()) {
            local = resolver.scheme(schemeUri);
        }
        SchemeCopy.Mode mode;
        TaxonomyScheme scheme;
        if (local.isEmpty()) {
            scheme = create(incoming);
            em.persist(new ImportedCopy(scheme.getUuid(), ObjectType.TAXONOMY, schemeUri, peer,
                    originVersion, now));
            mode = SchemeCopy.Mode.FOLLOW;
        } else if (copy.isPresent() && followsPeer(copy.get(), peer)) {
            scheme = local.get();
            update(scheme, incoming);
            copy.get().synced(originVersion, now);
            copy.get().republished();
            mode = SchemeCopy.Mode.FOLLOW;
        } else if (copy.isPresent() && copy.get().getPeer().isPresent()) {
            scheme = local.get();
            mode = SchemeCopy.Mode.ADD_ONLY;
        } else if (copy.isPresent()) {
            // Detached here by an admin: asked for again, it is refused with the reason.
            throw CopyWriter.detached(copy.get());
        } else {
            LOG.fine(() -> "Taxonomy " + schemeUri + " is a local taxonomy here; left as it is");
            return local.get();
        }
        if (subtreeConceptUri != null && mode == SchemeCopy.Mode.FOLLOW) {
            mode = SchemeCopy.Mode.FOLLOW_PART;
        }

        SchemeCopy.Outcome outcome = new SchemeCopy(em, changes, scheme).merge(concepts, mode);
        if (outcome.changed()) {
            SystemTask.logChange(LOG, () -> "Imported taxonomy " + schemeUri + " from "
                    + peer.getName() + " as " + scheme.getCode() + ": " + outcome.created()
                    + " created, " + outcome.updated() + " updated, " + outcome.removed()
                    + " removed");
        }
        return scheme;
    }

    /**
     * Marks the copy of the scheme as withdrawn by its origin, with the reason and time. The
     * scheme stays usable: taxonomies have no public status here.
     */
    public void withdraw(String schemeUri, String reason, Instant at) {
        changes.lockWrites();
        Optional<ImportedCopy> copy = copyOf(schemeUri);
        if (copy.isEmpty()) {
            LOG.fine(() -> "No copy of taxonomy " + schemeUri + " to withdraw");
            return;
        }
        copy.get().withdrawn(reason, at);
        SystemTask.logChange(LOG, () -> "Taxonomy " + schemeUri + " withdrawn by its origin ("
                + reason + ")");
    }

    private Optional<ImportedCopy> copyOf(String schemeUri) {
        return em.createQuery("select c from ImportedCopy c where c.originUri = :uri"
                + " and c.objectType = :type", ImportedCopy.class)
                .setParameter("uri", schemeUri).setParameter("type", ObjectType.TAXONOMY)
                .getResultStream().findFirst();
    }

    private Optional<TaxonomyScheme> scheme(UUID uuid) {
        return em.createQuery("select s from TaxonomyScheme s where s.uuid = :uuid",
                TaxonomyScheme.class).setParameter("uuid", uuid.toString())
                .getResultStream().findFirst();
    }

    private static boolean followsPeer(ImportedCopy copy, Peer peer) {
        return copy.getPeer().map(p -> p.getUuid().equals(peer.getUuid())).orElse(false);
    }

    private TaxonomyScheme create(SkosScheme incoming) {
        TaxonomyScheme scheme = new TaxonomyScheme();
        scheme.assignUuid(UUID.nameUUIDFromBytes(incoming.uri().getBytes(StandardCharsets.UTF_8)));
        scheme.setCode(freeSchemeCode(Codes.scheme(incoming.code())));
        scheme.setCanonicalUri(incoming.uri());
        scheme.setTargets(incoming.targets().isEmpty() ? ALL_TARGETS : incoming.targets());
        scheme.setMultipleChoice(incoming.multipleChoice());
        describe(scheme, incoming);
        changes.record(scheme);
        em.persist(scheme);
        return scheme;
    }

    /** Follows the origin's labels, description, source and licence; the code stays. */
    private void update(TaxonomyScheme scheme, SkosScheme incoming) {
        changes.track(scheme);
        Map<String, String> before = scheme.auditFields();
        describe(scheme, incoming);
        if (!before.equals(scheme.auditFields())) {
            changes.record(scheme);
        }
    }

    private static void describe(TaxonomyScheme scheme, SkosScheme incoming) {
        if (!scheme.getLabels().equals(incoming.labels())) {
            scheme.setLabels(incoming.labels());
        }
        scheme.setDescription(incoming.description());
        scheme.setSource(incoming.source());
        scheme.setLicence(incoming.licence());
    }

    private String freeSchemeCode(String wanted) {
        Set<String> taken = new HashSet<>(em.createQuery("select s.code from TaxonomyScheme s"
                + " where s.code like :prefix", String.class)
                .setParameter("prefix", wanted.replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%").getResultList());
        String code = wanted;
        for (int n = 2; taken.contains(code); n++) {
            String suffix = "-" + n;
            code = wanted.substring(0, Math.min(wanted.length(), Codes.SCHEME_LENGTH
                    - suffix.length())) + suffix;
        }
        return code;
    }

    /** The concept, its broader concepts and every concept below it, parents first. */
    private static List<ConceptData> subtree(List<ConceptData> concepts, String conceptUri) {
        Map<String, ConceptData> byUri = new HashMap<>();
        concepts.forEach(c -> byUri.put(c.uri(), c));
        if (!byUri.containsKey(conceptUri)) {
            // What was asked for is wrong, not what the peer sent.
            throw Problems.invalid("subtree", "sync.noSuchConcept", conceptUri);
        }
        Set<String> above = new HashSet<>();
        for (ConceptData c = byUri.get(conceptUri); c != null; c = byUri.get(c.broaderUri())) {
            above.add(c.uri());
        }
        Set<String> below = new HashSet<>(Set.of(conceptUri));
        List<ConceptData> part = new ArrayList<>();
        for (ConceptData concept : concepts) {
            if (above.contains(concept.uri())) {
                part.add(concept);
            } else if (concept.broaderUri() != null && below.contains(concept.broaderUri())) {
                below.add(concept.uri());
                part.add(concept);
            }
        }
        return part;
    }
}
