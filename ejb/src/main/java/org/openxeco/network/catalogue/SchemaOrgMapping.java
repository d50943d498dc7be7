package org.openxeco.network.catalogue;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleLink;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Address;
import org.openxeco.directory.Identifier;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.kernel.Jsonp;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.TrackedObject;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Writes entities and articles as schema.org JSON-LD. Every object carries {@code @id} (its
 * URI on this node), {@code identifier} (its UUID), {@code dateModified} and {@code version}:
 * the node-wide change number of its latest change, so a copy whose number is lower is
 * outdated. Tags are {@code keywords}, each a {@code DefinedTerm} named by its concept URI;
 * other entities are referred to by {@code @id}, so a reference survives when the entity
 * itself is not imported. Only public entities are referred to; a copy of another node's
 * entity by its origin's URI.
 */
public class SchemaOrgMapping {

    public static final String CONTEXT = "https://schema.org/";

    private final NodeUris uris;
    private final TermUris terms;
    private final java.util.function.Predicate<Organisation> offered;

    public SchemaOrgMapping(NodeUris uris) {
        this(uris, Organisation::isPublic);
    }

    /** A mapping that refers only to the entities the predicate offers (public and shared). */
    public SchemaOrgMapping(NodeUris uris, java.util.function.Predicate<Organisation> offered) {
        this.uris = uris;
        this.terms = new TermUris(uris);
        this.offered = offered;
    }

    /** The schema.org type of an entity of this kind. */
    public static String organisationType(OrganisationKind kind) {
        return switch (kind) {
            case COMPANY -> "Corporation";
            case PUBLIC_BODY -> "GovernmentOrganization";
            case NGO -> "NGO";
            case ACADEMIC -> "EducationalOrganization";
            case OTHER -> "Organization";
        };
    }

    /** The schema.org type of an article of this type. */
    public static String articleType(ArticleType type) {
        return switch (type) {
            case NEWS -> "NewsArticle";
            case EVENT -> "Event";
            case JOB_OFFER -> "JobPosting";
            case SERVICE -> "Service";
            case TOOL -> "SoftwareApplication";
        };
    }

    /** The schema.org attendance mode (without the namespace) of an event. */
    public static String attendanceMode(org.openxeco.content.Attendance attendance) {
        return ArticleParts.attendanceMode(attendance);
    }

    /** The schema.org employment type of a job offer. */
    public static String employmentType(org.openxeco.content.EmploymentType type) {
        return ArticleParts.employmentType(type);
    }

    /**
     * An entity as an Organization: names, description (sanitised HTML), contacts, the first
     * website as {@code url} and the others as {@code sameAs}, logo, postal addresses, and
     * outside identifiers as {@code PropertyValue}s after the UUID in {@code identifier}.
     */
    public JsonObject entity(Organisation o) {
        JsonObjectBuilder json = start(organisationType(o.getKind()), uris.entity(o.getUuid()),
                o);
        put(json, "name", o.getName());
        put(json, "legalName", o.getLegalName());
        put(json, "description", o.getDescription());
        put(json, "email", o.getEmail());
        put(json, "telephone", o.getPhone());
        List<String> websites = o.getWebsites();
        if (!websites.isEmpty()) {
            json.add("url", websites.get(0));
        }
        if (websites.size() > 1) {
            json.add("sameAs", Jsonp.createArrayBuilder(websites.subList(1, websites.size())));
        }
        put(json, "logo", o.getLogoHash() != null
                ? uris.baseUrl() + "/media/" + o.getLogoHash() : o.getLogoUrl());
        if (!o.getAddresses().isEmpty()) {
            JsonArrayBuilder addresses = Jsonp.createArrayBuilder();
            o.getAddresses().forEach(a -> addresses.add(address(a)));
            json.add("address", addresses);
        }
        if (!o.getIdentifiers().isEmpty()) {
            JsonArrayBuilder identifiers = Jsonp.createArrayBuilder().add(o.getUuid().toString());
            o.getIdentifiers().forEach(i -> identifiers.add(identifier(i)));
            json.add("identifier", identifiers);
        }
        keywords(json, o.getTags());
        return json.build();
    }

    /**
     * An article as NewsArticle, Event, JobPosting, Service or SoftwareApplication: title as
     * {@code name} (and {@code headline} for news, {@code title} for job postings), slug as
     * {@code alternateName}, summary and body (see {@link #text}), publication time, links as
     * {@code LinkRole}s, related entities ({@code organizer} of an event, {@code about} for
     * the other types), and the fields of its type.
     */
    public JsonObject article(Article a) {
        JsonObjectBuilder json = start(articleType(a.getType()), uris.article(a.getUuid()), a);
        put(json, "name", a.getTitle());
        if (a.getType() == ArticleType.NEWS) {
            json.add("headline", a.getTitle());
        }
        if (a.getType() == ArticleType.JOB_OFFER) {
            // Required of a JobPosting by schema.org's consumers (search engines).
            put(json, "title", a.getTitle());
        }
        put(json, "alternateName", a.getSlug());
        text(json, a);
        put(json, "datePublished", a.getPublishedAt());
        if (!a.getLinks().isEmpty()) {
            JsonArrayBuilder links = Jsonp.createArrayBuilder();
            a.getLinks().forEach(l -> links.add(link(l)));
            json.add("relatedLink", links);
        }
        references(json, a.getType() == ArticleType.EVENT ? "organizer" : "about",
                a.getRelatedEntities());
        ArticleParts parts = new ArticleParts(this);
        a.getEvent().ifPresent(e -> parts.event(json, e));
        a.getJob().ifPresent(j -> parts.job(json, j, a.getPublishedAt()));
        a.getOffering().ifPresent(o -> parts.offering(json, o));
        keywords(json, a.getTags());
        return json.build();
    }

    /**
     * Summary and body. News: {@code description} and {@code articleBody}; tools (creative
     * works): {@code description} and {@code text}. Events, job offers and services have no
     * body property in schema.org: the body is their {@code description} and the summary
     * their {@code disambiguatingDescription}.
     */
    private static void text(JsonObjectBuilder json, Article a) {
        switch (a.getType()) {
            case NEWS -> {
                put(json, "description", a.getSummary());
                put(json, "articleBody", a.getBody());
            }
            case TOOL -> {
                put(json, "description", a.getSummary());
                put(json, "text", a.getBody());
            }
            default -> {
                put(json, "description", a.getBody());
                put(json, "disambiguatingDescription", a.getSummary());
            }
        }
    }

    /** A reference to a public entity: its type, URI and name; nothing for another entity. */
    Optional<JsonObject> reference(Organisation o) {
        if (o == null) {
            return Optional.empty();
        }
        // A public copy of another node's entity is referred to by its origin's URI.
        Optional<String> origin = o.getOriginUri().filter(u -> o.isPublic());
        if (origin.isEmpty() && !offered.test(o)) {
            return Optional.empty();
        }
        return Optional.of(Jsonp.createObjectBuilder()
                .add("@type", organisationType(o.getKind()))
                .add("@id", origin.orElseGet(() -> uris.entity(o.getUuid())))
                .add("name", o.getName()).build());
    }

    private void references(JsonObjectBuilder json, String name, Collection<Organisation> all) {
        List<JsonObject> refs = all.stream()
                .sorted(Comparator.comparing(Organisation::getSortKey))
                .map(this::reference).flatMap(Optional::stream).toList();
        if (!refs.isEmpty()) {
            json.add(name, Jsonp.createArrayBuilder(refs));
        }
    }

    /** Tags as DefinedTerms in a stable order: by scheme code, then value code. */
    private void keywords(JsonObjectBuilder json, Collection<TaxonomyValue> tags) {
        if (tags.isEmpty()) {
            return;
        }
        JsonArrayBuilder terms = Jsonp.createArrayBuilder();
        tags.stream().sorted(Comparator.comparing((TaxonomyValue v) -> v.getScheme().getCode())
                .thenComparing(TaxonomyValue::getCode))
                .forEach(v -> terms.add(Jsonp.createObjectBuilder()
                        .add("@type", "DefinedTerm")
                        .add("@id", this.terms.concept(v))
                        .add("name", v.label(null))
                        .add("termCode", v.getCode())
                        .add("inDefinedTermSet", this.terms.scheme(v.getScheme()))));
        json.add("keywords", terms);
    }

    /**
     * A taxonomy value as a DefinedTerm named by its concept URI: its label in every
     * language it has (language-tagged), its code and the URI of its scheme.
     */
    public JsonObject term(TaxonomyValue v) {
        JsonArrayBuilder names = Jsonp.createArrayBuilder();
        v.getLabels().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(l -> names.add(Jsonp.createObjectBuilder().add("@value", l.getValue())
                        .add("@language", l.getKey())));
        return Jsonp.createObjectBuilder().add("@context", CONTEXT).add("@type", "DefinedTerm")
                .add("@id", terms.concept(v)).add("identifier", v.getUuid().toString())
                .add("name", names).add("termCode", v.getCode())
                .add("inDefinedTermSet", terms.scheme(v.getScheme())).build();
    }

    private static JsonObjectBuilder start(String type, String id, TrackedObject object) {
        return Jsonp.createObjectBuilder()
                .add("@context", CONTEXT)
                .add("@type", type)
                .add("@id", id)
                .add("identifier", object.getUuid().toString())
                .add("dateModified", object.getUpdated().toString())
                .add("version", object.getChangeSeq());
    }

    private static JsonObject address(Address a) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("@type", "PostalAddress");
        put(json, "streetAddress", a.getStreet());
        put(json, "postalCode", a.getPostalCode());
        put(json, "addressLocality", a.getCity());
        put(json, "addressRegion", a.getRegion());
        put(json, "addressCountry", a.getCountryCode());
        return json.build();
    }

    private static JsonObject identifier(Identifier i) {
        return Jsonp.createObjectBuilder().add("@type", "PropertyValue")
                .add("propertyID", apiName(i.getScheme()))
                .add("value", i.getValue()).build();
    }

    private static JsonObject link(ArticleLink l) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("@type", "LinkRole")
                .add("linkRelationship", l.getKind())
                .add("url", l.getUrl());
        put(json, "name", l.getLabel());
        return json.build();
    }

    /** An enum value as the node's APIs spell it: lower case with hyphens. */
    static String apiName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Adds a text unless it is null or blank. */
    static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value);
        }
    }

    /** Adds an instant in UTC unless it is null. */
    static void put(JsonObjectBuilder json, String name, Instant value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
