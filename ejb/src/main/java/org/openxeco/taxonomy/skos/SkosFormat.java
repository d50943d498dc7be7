package org.openxeco.taxonomy.skos;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes a taxonomy is written and read in, with their media type and file suffix.
 * RDF/XML is written by the plain (streaming) writer: the abbreviating one searches the
 * graph for cycles, which the broader/narrower links of a taxonomy are full of, and took
 * minutes for a thousand concepts.
 */
public enum SkosFormat {
    TURTLE("text/turtle", "ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    JSON_LD("application/ld+json", "jsonld", Lang.JSONLD11, RDFFormat.JSONLD11_PRETTY),
    RDF_XML("application/rdf+xml", "rdf", Lang.RDFXML, RDFFormat.RDFXML_PLAIN);

    private final String mediaType;
    private final String suffix;
    private final Lang lang;
    private final RDFFormat format;

    SkosFormat(String mediaType, String suffix, Lang lang, RDFFormat format) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.lang = lang;
        this.format = format;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name suffix, without the dot. */
    public String suffix() {
        return suffix;
    }

    Lang lang() {
        return lang;
    }

    RDFFormat format() {
        return format;
    }

    /** The format of a media type (parameters ignored), if it is one of these. */
    public static Optional<SkosFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(bare)).findFirst();
    }

    /** The format a file name's suffix says ({@code .ttl}, {@code .jsonld}, {@code .json}, ...). */
    public static Optional<SkosFormat> ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttl")) {
            return Optional.of(TURTLE);
        }
        if (name.endsWith(".jsonld") || name.endsWith(".json")) {
            return Optional.of(JSON_LD);
        }
        if (name.endsWith(".rdf") || name.endsWith(".xml") || name.endsWith(".owl")) {
            return Optional.of(RDF_XML);
        }
        return Optional.empty();
    }
}
