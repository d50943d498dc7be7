package org.openxeco.taxonomy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.openxeco.kernel.NodeUris;

/**
 * Taxonomy values written as text in files: {@code {scheme URI}/{value code}}, where the
 * scheme URI is its canonical URI if it has one (so files travel between nodes that
 * installed the same vocabulary), else its URI on this node. Reading also accepts the
 * short {@code scheme-code:value-code} form and a value's UUID.
 */
public final class TagTexts {

    private final NodeUris uris;
    private final TaxonomyService taxonomies;
    private List<TaxonomyScheme> schemes;

    public TagTexts(NodeUris uris, TaxonomyService taxonomies) {
        this.uris = uris;
        this.taxonomies = taxonomies;
    }

    /** The URI a scheme is named by in files. */
    public static String schemeUri(NodeUris uris, TaxonomyScheme scheme) {
        return scheme.getCanonicalUri() != null ? scheme.getCanonicalUri()
                : uris.taxonomy(scheme.getUuid());
    }

    /** The text of a value. */
    public static String text(NodeUris uris, TaxonomyValue value) {
        return schemeUri(uris, value.getScheme()) + "/" + value.getCode();
    }

    /** The value a text names, if there is one. */
    public Optional<TaxonomyValue> find(String text) {
        String tag = text.strip();
        Optional<TaxonomyScheme> scheme = schemes().stream()
                .filter(s -> tag.startsWith(schemeUri(uris, s) + "/"))
                .max(Comparator.comparingInt(s -> schemeUri(uris, s).length()));
        if (scheme.isPresent()) {
            String code = tag.substring(schemeUri(uris, scheme.get()).length() + 1);
            return taxonomies.findValueByReference(scheme.get().getCode() + ":" + code);
        }
        if (tag.contains("://") || tag.startsWith("urn:")) {
            return Optional.empty();
        }
        return taxonomies.findValueByReference(tag);
    }

    private List<TaxonomyScheme> schemes() {
        if (schemes == null) {
            schemes = taxonomies.schemes();
        }
        return schemes;
    }
}
