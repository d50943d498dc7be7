package org.openxeco.taxonomy;

import java.util.EnumSet;
import java.util.Set;

import org.openxeco.kernel.ObjectType;

/**
 * The taxonomies shipped with the node, with their source and licence. Each has a stable
 * scheme URI and gives its values URIs built from their codes, so every node that installs
 * one names its values alike and peers match them by URI.
 */
public enum BundledTaxonomy {
    NACE("nace-rev2", "NACE Rev. 2 economic activities",
            "Statistical classification of economic activities in the European Community.",
            "http://data.europa.eu/ux2/nace2/nace2", "http://data.europa.eu/ux2/nace2/",
            EnumSet.of(ObjectType.ENTITY, ObjectType.JOB_OFFER, ObjectType.SERVICE,
                    ObjectType.TOOL),
            "Eurostat, RAMON export of NACE_REV2",
            "Source: Eurostat. Reuse authorised with attribution (Commission Decision 2011/833/EU)"),
    COUNTRIES("countries", "Countries by continent",
            "Countries and territories (ISO 3166-1 alpha-2) grouped under their continent.",
            "urn:openxeco:taxonomy:countries", "urn:openxeco:taxonomy:countries:",
            EnumSet.of(ObjectType.ENTITY, ObjectType.NEWS, ObjectType.EVENT,
                    ObjectType.JOB_OFFER, ObjectType.SERVICE, ObjectType.TOOL),
            "countries-list 3.4.1 by Annexare Studio", "MIT, Copyright (c) 2014 Annexare Studio"),
    CYBERSECURITY("cybersecurity-domains", "JRC Cybersecurity Taxonomy",
            "Knowledge domains, sectors, technologies and use cases of cybersecurity.",
            "http://data.jrc.ec.europa.eu/ontology/cybersecurity",
            "http://data.jrc.ec.europa.eu/ontology/cybersecurity/",
            EnumSet.of(ObjectType.ENTITY, ObjectType.NEWS, ObjectType.EVENT,
                    ObjectType.JOB_OFFER, ObjectType.SERVICE, ObjectType.TOOL),
            "JRC, A Proposal for a European Cybersecurity Taxonomy (EUR 29868, 2019)",
            "JRC Cybersecurity Taxonomy, (c) European Union; reuse authorised with attribution"),
    CONFERENCE_TOPICS("conference-topics", "Conference topics",
            "Topics of developer and technology conferences.",
            "urn:openxeco:taxonomy:conference-topics", "urn:openxeco:taxonomy:conference-topics:",
            EnumSet.of(ObjectType.NEWS, ObjectType.EVENT),
            "confs.tech / tech-conferences conference-data", "MIT");

    private final String code;
    private final String label;
    private final String description;
    private final String schemeUri;
    private final String valueUriPrefix;
    private final Set<ObjectType> targets;
    private final String source;
    private final String licence;

    BundledTaxonomy(String code, String label, String description, String schemeUri,
            String valueUriPrefix, Set<ObjectType> targets, String source, String licence) {
        this.code = code;
        this.label = label;
        this.description = description;
        this.schemeUri = schemeUri;
        this.valueUriPrefix = valueUriPrefix;
        this.targets = targets;
        this.source = source;
        this.licence = licence;
    }

    public String code() {
        return code;
    }

    /** The English name of the taxonomy. */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The stable URI of the scheme, the same on every node that installs it. */
    public String schemeUri() {
        return schemeUri;
    }

    /** Where the values come from. */
    public String source() {
        return source;
    }

    public String licence() {
        return licence;
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
        scheme.setLabels(java.util.Map.of("en", label));
        scheme.setDescription(description);
        scheme.setCanonicalUri(schemeUri);
        scheme.setTargets(targets);
        scheme.setMultipleChoice(true);
        scheme.setSource(source);
        scheme.setLicence(licence);
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
