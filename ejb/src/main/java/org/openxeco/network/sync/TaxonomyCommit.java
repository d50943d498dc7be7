package org.openxeco.network.sync;

import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.openxeco.network.peers.PeerRegistry;
import org.openxeco.taxonomy.TaxonomyScheme;

/**
 * Applies a taxonomy fetched from a peer in a transaction of its own, then links the tags
 * of imported objects that waited for its concepts, so a fetch that ran outside any
 * transaction stores all of it or nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TaxonomyCommit {

    @Inject
    PeerRegistry registry;

    @Inject
    TaxonomyImport importer;

    @Inject
    ReferenceLinker linker;

    /** Applies the scheme (or the subtree of the concept, if one is named) and links tags. */
    public TaxonomyScheme apply(UUID peerUuid, String schemeUri, JsonObject skos,
            long originVersion, String subtreeConceptUri) {
        TaxonomyScheme scheme = importer.apply(registry.get(peerUuid), schemeUri, skos,
                originVersion, subtreeConceptUri);
        linker.linkPendingConcepts();
        return scheme;
    }
}
