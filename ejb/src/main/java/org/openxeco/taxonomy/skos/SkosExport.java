package org.openxeco.taxonomy.skos;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.NodeUris;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyService;

/**
 * Writes a taxonomy as SKOS in Turtle, JSON-LD or RDF/XML. Taxonomies are public, as on the
 * JSON API; the concepts of peers mapped onto a value are written as its exact matches.
 */
@Stateless
public class SkosExport {

    @PersistenceContext
    EntityManager em;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    NodeUris uris;

    /** The scheme with all its values, parents first, in the format asked for. */
    public byte[] export(UUID schemeUuid, SkosFormat format) {
        TaxonomyScheme scheme = taxonomies.scheme(schemeUuid);
        SkosWriter writer = new SkosWriter(uris);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SkosWriter.write(writer.graph(scheme, taxonomies.values(schemeUuid),
                exactMatches(scheme)), format, out);
        return out.toByteArray();
    }

    /** A file name for the export: the scheme's code and the format's suffix. */
    public String fileName(UUID schemeUuid, SkosFormat format) {
        return taxonomies.scheme(schemeUuid).getCode() + "." + format.suffix();
    }

    private Map<UUID, List<String>> exactMatches(TaxonomyScheme scheme) {
        Map<UUID, List<String>> matches = new HashMap<>();
        em.createQuery("select m.value.uuid, m.conceptUri from ConceptMatch m"
                + " where m.value.scheme = :scheme order by m.conceptUri", Object[].class)
                .setParameter("scheme", scheme).getResultList()
                .forEach(row -> matches.computeIfAbsent(UUID.fromString((String) row[0]),
                        k -> new ArrayList<>()).add((String) row[1]));
        return matches;
    }
}
