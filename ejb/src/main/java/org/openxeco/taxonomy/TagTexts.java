package org.openxeco.taxonomy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openxeco.kernel.NodeUris;

/**
 * Taxonomy values written as text in files: {@code {scheme URI}/{value code}}, where the
 * scheme URI is its canonical URI if it has one (so files travel between nodes that
 * installed the same vocabulary), else its URI on this node. Reading also accepts the
 * short {@code scheme-code:value-code} form, a value's own URI and its UUID.
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
        Optional<TaxonomyValue> own = ownUri(tag);
        if (own.isPresent()) {
            return own;
        }
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

    /** A value named by its own URI: its canonical one, or its address on this node. */
    private Optional<TaxonomyValue> ownUri(String tag) {
        if (!tag.contains("://") && !tag.startsWith("urn:")) {
            return Optional.empty();
        }
        Optional<TaxonomyValue> named = taxonomies.findValueByCanonicalUri(tag);
        String values = "/values/";
        if (named.isEmpty() && tag.startsWith(uris.baseUrl() + "/") && tag.contains(values)) {
            try {
                named = taxonomies.findValue(UUID.fromString(tag.substring(
                        tag.lastIndexOf(values) + values.length())));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return named;
    }

    private List<TaxonomyScheme> schemes() {
        if (schemes == null) {
            schemes = taxonomies.schemes();
        }
        return schemes;
    }
}
