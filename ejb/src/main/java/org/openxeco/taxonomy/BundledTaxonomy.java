package org.openxeco.taxonomy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.RequestLocale;

/**
 * The taxonomies shipped with the node, with their source and licence. Each has a stable
 * scheme URI and gives its values URIs built from their codes, so every node that installs
 * one names its values alike and peers match them by URI.
 */
public enum BundledTaxonomy {
    NACE("nace-rev2", "http://data.europa.eu/ux2/nace2/nace2", "http://data.europa.eu/ux2/nace2/",
            EnumSet.of(ObjectType.ENTITY, ObjectType.JOB_OFFER, ObjectType.SERVICE,
                    ObjectType.TOOL)),
    COUNTRIES("countries", "urn:openxeco:taxonomy:countries", "urn:openxeco:taxonomy:countries:",
            EnumSet.of(ObjectType.ENTITY, ObjectType.NEWS, ObjectType.EVENT,
                    ObjectType.JOB_OFFER, ObjectType.SERVICE, ObjectType.TOOL)),
    CYBERSECURITY("cybersecurity-domains", "http://data.jrc.ec.europa.eu/ontology/cybersecurity",
            "http://data.jrc.ec.europa.eu/ontology/cybersecurity/",
            EnumSet.of(ObjectType.ENTITY, ObjectType.NEWS, ObjectType.EVENT,
                    ObjectType.JOB_OFFER, ObjectType.SERVICE, ObjectType.TOOL)),
    CONFERENCE_TOPICS("conference-topics", "urn:openxeco:taxonomy:conference-topics",
            "urn:openxeco:taxonomy:conference-topics:", EnumSet.of(ObjectType.NEWS, ObjectType.EVENT));

    /**
     * The bundle of the name, description, source and licence of each, keyed
     * {@code <code>.label} and so on, in English, French and German.
     */
    public static final String TEXTS = "org.openxeco.taxonomy.bundled";

    private final String code;
    private final String schemeUri;
    private final String valueUriPrefix;
    private final Set<ObjectType> targets;

    BundledTaxonomy(String code, String schemeUri, String valueUriPrefix,
            Set<ObjectType> targets) {
        this.code = code;
        this.schemeUri = schemeUri;
        this.valueUriPrefix = valueUriPrefix;
        this.targets = targets;
    }

    public String code() {
        return code;
    }

    /** The name of the taxonomy in the language of the request (English for the API). */
    public String label() {
        return text("label", requestLocale());
    }

    /** The name of the taxonomy in the given language. */
    public String label(Locale locale) {
        return text("label", locale);
    }

    /** What the taxonomy holds, in the language of the request. */
    public String description() {
        return text("description", requestLocale());
    }

    /** The stable URI of the scheme, the same on every node that installs it. */
    public String schemeUri() {
        return schemeUri;
    }

    /** Where the values come from, in the language of the request. */
    public String source() {
        return text("source", requestLocale());
    }

    /** The terms of reuse, in the language of the request. */
    public String licence() {
        return text("licence", requestLocale());
    }

    private String text(String what, Locale locale) {
        return ResourceBundle.getBundle(TEXTS, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getString(code + "." + what);
    }

    private static Locale requestLocale() {
        return RequestLocale.current().orElse(Locale.ENGLISH);
    }

    /** The class-path resource holding the CSV file. */
    public String resource() {
        return "/openxeco/taxonomies/" + code + ".csv";
    }

    /** A new, unstored scheme described by this bundled taxonomy. */
    public TaxonomyScheme newScheme() {
        TaxonomyScheme scheme = new TaxonomyScheme();
        scheme.assignUuid(java.util.UUID.nameUUIDFromBytes(schemeUri.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        scheme.setCode(code);
        scheme.setLabels(java.util.Map.of("en", label(Locale.ENGLISH)));
        scheme.setDescription(text("description", Locale.ENGLISH));
        scheme.setCanonicalUri(schemeUri);
        scheme.setTargets(targets);
        scheme.setMultipleChoice(true);
        scheme.setSource(text("source", Locale.ENGLISH));
        scheme.setLicence(text("licence", Locale.ENGLISH));
        return scheme;
    }

    /** The bundled taxonomy a stored scheme was installed from, by its canonical URI. */
    public static java.util.Optional<BundledTaxonomy> of(TaxonomyScheme scheme) {
        return java.util.Arrays.stream(values())
                .filter(b -> b.schemeUri.equals(scheme.getCanonicalUri())).findFirst();
    }

    /** The URI of a value of this taxonomy. */
    public String valueUri(String valueCode) {
        return valueUriPrefix + valueCode;
    }
}
