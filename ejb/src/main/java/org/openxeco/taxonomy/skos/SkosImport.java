package org.openxeco.taxonomy.skos;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.jena.rdf.model.Model;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.SystemTask;
import org.openxeco.network.sync.ConceptMappings;
import org.openxeco.network.sync.ConceptMatch;
import org.openxeco.network.sync.ConceptResolver;
import org.openxeco.taxonomy.ConceptData;
import org.openxeco.taxonomy.ConceptMerge;
import org.openxeco.taxonomy.TaxonomyFileException;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Imports a SKOS concept scheme from a file or a URL (administrators only). The file is
 * checked whole first, every problem named by concept and field; then the scheme with the
 * file's URI is completed (concepts matched by URI, else by code) or a new scheme is made.
 * Notations become codes, labels are kept in every language, broader concepts become
 * parents and exact matches are recorded as concept mappings. All or nothing is stored.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class SkosImport {

    private static final Logger LOG = Logger.getLogger(SkosImport.class.getName());
    private static final Set<ObjectType> ALL_TARGETS = Set.of(ObjectType.ENTITY,
            ObjectType.NEWS, ObjectType.EVENT, ObjectType.JOB_OFFER, ObjectType.SERVICE,
            ObjectType.TOOL);

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    ConceptResolver resolver;

    @Inject
    ConceptMappings mappings;

    @Inject
    SkosFetch fetch;

    @Inject
    @ConfigProperty(name = "openxeco.taxonomy.import.max-bytes", defaultValue = "10485760")
    long maxBytes = 10_485_760;

    @Resource
    SessionContext context;

    /**
     * What an import did: the scheme, whether it was created, values created, changed and
     * already so, exact matches recorded, and exact matches left out because they name a
     * value of this node.
     */
    public record Summary(UUID scheme, String code, boolean newScheme, int created,
            int updated, int unchanged, int exactMatches, int matchesIgnored) {
    }

    /** Imports a file whose format is given by media type or, failing that, by file name. */
    public Summary importFile(byte[] bytes, String mediaType, String fileName) {
        Roles.requireAdmin(context);
        String name = fileName == null || fileName.isBlank() ? "file" : fileName;
        if (bytes.length > maxBytes) {
            throw new TaxonomyFileException(List.of(Problems.field(name, "skos.file.tooLarge",
                    maxBytes)));
        }
        SkosFormat format = SkosFormat.ofMediaType(mediaType)
                .or(() -> SkosFormat.ofFileName(name))
                .orElseThrow(() -> new TaxonomyFileException(List.of(Problems.field(name,
                        "skos.file.format"))));
        return importBytes(bytes, format, name);
    }

    /** Fetches the file at the URL (through the outbound guard, size and time limited). */
    public Summary importUrl(String url) {
        Roles.requireAdmin(context);
        SkosFetch.Fetched fetched = fetch.fetch(url, maxBytes);
        return importBytes(fetched.bytes(), fetched.format(), fetched.name());
    }

    private Summary importBytes(byte[] bytes, SkosFormat format, String name) {
        List<FieldError> problems = new ArrayList<>();
        Optional<Model> model = SkosParser.parse(bytes, format, name, problems);
        SkosDocument document = model.map(m -> SkosReading.read(m,
                JsonLdLabels.missing(bytes, format, m), problems)).orElse(null);
        if (document == null) {
            throw new TaxonomyFileException(problems);
        }
        changes.lockWrites();
        Optional<TaxonomyScheme> target = resolver.scheme(document.uri());
        List<TaxonomyValue> values = target.map(s -> taxonomies.values(s.getUuid()))
                .orElse(List.of());
        Map<String, TaxonomyValue> matched = match(document, target.orElse(null), values,
                problems);
        List<ConceptData> ordered = SkosTree.order(document.concepts(), matched::containsKey,
                problems);
        if (!problems.isEmpty()) {
            throw new TaxonomyFileException(problems);
        }

        TaxonomyScheme scheme = target.isPresent() ? describe(target.get(), document)
                : create(document);
        ConceptMerge merge = new ConceptMerge(em, changes, scheme, values, matched);
        ConceptMerge.Outcome outcome = merge.merge(ordered);
        if (!merge.problems().isEmpty()) {
            throw new TaxonomyFileException(merge.problems());
        }
        int[] matches = recordMatches(document, merge);

        Summary summary = new Summary(scheme.getUuid(), scheme.getCode(), target.isEmpty(),
                outcome.created(), outcome.updated(), outcome.unchanged(), matches[0],
                matches[1]);
        SystemTask.logChange(LOG, () -> "Imported SKOS " + name + " into taxonomy "
                + summary.code() + ": " + summary.created() + " created, " + summary.updated()
                + " updated, " + summary.unchanged() + " unchanged");
        return summary;
    }

    /**
     * The values of the scheme the concepts (and broader concepts outside the file) stand
     * for: by URI, else by code. A URI that names a value of another scheme is a problem.
     */
    private Map<String, TaxonomyValue> match(SkosDocument document, TaxonomyScheme target,
            List<TaxonomyValue> values, List<FieldError> problems) {
        Set<String> uris = new HashSet<>();
        document.concepts().forEach(c -> {
            uris.add(c.uri());
            if (c.broaderUri() != null) {
                uris.add(c.broaderUri());
            }
        });
        Map<String, TaxonomyValue> matched = new HashMap<>();
        Set<UUID> taken = new HashSet<>();
        resolver.resolve(uris).forEach((uri, value) -> {
            if (target != null && value.getScheme().getUuid().equals(target.getUuid())) {
                matched.put(uri, value);
                taken.add(value.getUuid());
            } else if (document.concepts().stream().anyMatch(c -> c.uri().equals(uri))) {
                problems.add(Problems.field("concepts[" + uri + "]", "skos.concept.elsewhere",
                        value.reference()));
            }
        });
        Map<String, TaxonomyValue> byCode = new HashMap<>();
        values.forEach(v -> byCode.put(v.getCode(), v));
        for (SkosDocument.Concept concept : document.concepts()) {
            TaxonomyValue sameCode = byCode.get(concept.code());
            if (!matched.containsKey(concept.uri()) && sameCode != null
                    && taken.add(sameCode.getUuid())) {
                matched.put(concept.uri(), sameCode);
            }
        }
        return matched;
    }

    private TaxonomyScheme create(SkosDocument document) {
        TaxonomyScheme scheme = new TaxonomyScheme();
        scheme.assignUuid(UUID.nameUUIDFromBytes(document.uri().getBytes(StandardCharsets.UTF_8)));
        scheme.setCode(freeSchemeCode(document.code()));
        scheme.setCanonicalUri(document.uri());
        scheme.setLabels(document.labels());
        scheme.setDescription(document.description());
        scheme.setSource(document.source());
        scheme.setLicence(document.licence());
        scheme.setTargets(ALL_TARGETS);
        scheme.setMultipleChoice(true);
        return taxonomies.createScheme(scheme);
    }

    /** Adds the file's labels (other languages kept), description, source and licence. */
    private TaxonomyScheme describe(TaxonomyScheme scheme, SkosDocument document) {
        changes.track(scheme);
        Map<String, String> before = scheme.auditFields();
        Map<String, String> labels = new HashMap<>(scheme.getLabels());
        labels.putAll(document.labels());
        if (!labels.equals(scheme.getLabels())) {
            scheme.setLabels(labels);
        }
        if (document.description() != null) {
            scheme.setDescription(document.description());
        }
        if (document.source() != null) {
            scheme.setSource(document.source());
        }
        if (document.licence() != null) {
            scheme.setLicence(document.licence());
        }
        if (!before.equals(scheme.auditFields())) {
            changes.record(scheme);
        }
        return scheme;
    }

    /** Records exact matches as mappings; returns those recorded and those left out. */
    private int[] recordMatches(SkosDocument document, ConceptMerge merge) {
        int recorded = 0;
        int ignored = 0;
        for (SkosDocument.Concept concept : document.concepts()) {
            TaxonomyValue value = merge.valueOf(concept.uri());
            for (String uri : concept.exactMatches()) {
                ConceptMatch existing = em.find(ConceptMatch.class, uri);
                if (existing != null && existing.getValue().getUuid().equals(value.getUuid())) {
                    recorded++;
                } else if (existing == null && !resolver.resolve(List.of(uri)).isEmpty()) {
                    ignored++;
                } else {
                    mappings.map(uri, value.getUuid());
                    recorded++;
                }
            }
        }
        return new int[] {recorded, ignored};
    }

    private String freeSchemeCode(String notation) {
        String wanted = notation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-")
                .replaceAll("^[^a-z0-9]+", "");
        wanted = wanted.isEmpty() ? "imported" : wanted.substring(0, Math.min(60, wanted.length()));
        String code = wanted;
        for (int n = 2; taxonomies.findSchemeByCode(code).isPresent(); n++) {
            code = wanted + "-" + n;
        }
        return code;
    }
}
