package org.openxeco.network.catalogue;

import org.openxeco.kernel.NodeUris;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * The URIs under which taxonomies travel: the canonical URI of a scheme or value if it has
 * one (so nodes that installed the same vocabulary agree), else its URI on this node.
 */
final class TermUris {

    private final NodeUris uris;

    TermUris(NodeUris uris) {
        this.uris = uris;
    }

    String scheme(TaxonomyScheme scheme) {
        return scheme.getCanonicalUri() != null ? scheme.getCanonicalUri()
                : uris.taxonomy(scheme.getUuid());
    }

    String concept(TaxonomyValue value) {
        return value.getCanonicalUri() != null ? value.getCanonicalUri()
                : uris.taxonomyValue(value.getScheme().getUuid(), value.getUuid());
    }
}
