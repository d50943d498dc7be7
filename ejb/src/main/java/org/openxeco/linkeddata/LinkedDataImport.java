package org.openxeco.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleService;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationService;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.network.catalogue.CatalogueFormatException;
import org.openxeco.network.catalogue.SchemaOrgMapping;
import org.openxeco.network.sync.ConceptResolver;
import org.openxeco.network.sync.SchemaOrgReader;
import org.openxeco.network.sync.SchemaOrgReader.Read;
import org.openxeco.network.sync.SchemaOrgReader.Reference;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Creates an entity or an article from one schema.org object of the shape the node exports
 * (administrators only). It is read as the sync reads a peer's object; tags are taxonomy
 * values found by concept URI, entities by their URI here or by the origin URI of a copy.
 * The object is then created through the same service, with the same validation, as a
 * JSON body; every error names the schema.org property at fault, all of them are reported
 * at once (what cannot be read, unknown references and the service's rules), and nothing
 * is stored.
 * An article whose slug is taken here gets a free one derived from its title.
 */
@Stateless
public class LinkedDataImport {

    private static final Logger LOG = Logger.getLogger(LinkedDataImport.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    ArticleService articles;

    @Inject
    ConceptResolver concepts;

    @Inject
    NodeUris uris;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    Validator validator;

    @Resource
    SessionContext context;

    /** Creates an active entity from an Organization (or one of its types). */
    public Organisation createEntity(JsonObject item) {
        Roles.requireAdmin(context);
        List<FieldError> errors = new ArrayList<>();
        SchemaOrgFields.checkContext(item, errors);
        List<String> types = types(item);
        if (types.stream().noneMatch(SchemaOrgFields::organisationType)) {
            errors.add(Problems.field("@type", "jsonld.entityType"));
            throw new InvalidInputException(errors);
        }
        SchemaOrgValues.checkEntity(item, errors);
        JsonObject readable = SchemaOrgFields.without(item, errors);
        Read<Organisation> read = read(() -> SchemaOrgReader.entity(readable), errors);
        Organisation data = read.object();
        read.logo().ifPresent(data::setLogoUrl);

        List<UUID> tags = tags(read.tags(), errors);
        List<FieldError> rules = ImportChecks.entity(validator, taxonomies, data, tags);
        List<FieldError> all = SchemaOrgFields.merge(errors, rules.isEmpty() ? rules
                : SchemaOrgFields.entity(new InvalidInputException(rules), item).errors());
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        try {
            Organisation created = organisations.create(data, tags);
            LOG.log(Level.INFO, "Imported entity {0} from schema.org", created.getUuid());
            return created;
        } catch (InvalidInputException e) {
            throw SchemaOrgFields.entity(e, item);
        }
    }

    /**
     * Creates a public article from a NewsArticle, Event, JobPosting, Service or tool.
     * Every problem of the object is reported at once: properties that cannot be read are
     * named and left out, and the rest is checked as the service checks an article.
     */
    public Article createArticle(JsonObject item) {
        Roles.requireAdmin(context);
        List<FieldError> errors = new ArrayList<>();
        SchemaOrgFields.checkContext(item, errors);
        ArticleType type = null;
        for (ArticleType candidate : ArticleType.values()) {
            if (types(item).contains(SchemaOrgMapping.articleType(candidate))) {
                type = candidate;
            }
        }
        if (type == null) {
            errors.add(Problems.field("@type", "jsonld.articleType"));
            throw new InvalidInputException(errors);
        }
        SchemaOrgValues.checkArticle(item, type, errors);
        JsonObject readable = SchemaOrgFields.without(item, errors);
        Read<Article> read = read(() -> SchemaOrgReader.article(readable), errors);

        List<UUID> tags = tags(read.tags(), errors);
        String role = type == ArticleType.EVENT ? "organizer" : "about";
        List<UUID> related = new ArrayList<>();
        for (int i = 0; i < read.related().size(); i++) {
            entity(read.related().get(i), role + "[" + i + "]", errors).ifPresent(related::add);
        }
        Optional<UUID> hiring = read.hiring()
                .flatMap(r -> entity(r, "hiringOrganization", errors));
        Optional<UUID> provider = read.provider().flatMap(r -> entity(r, "provider", errors));
        Article data = read.object();
        List<FieldError> rules = ImportChecks.article(validator, taxonomies, data, tags);
        List<FieldError> all = SchemaOrgFields.merge(errors, rules.isEmpty() ? rules
                : SchemaOrgFields.article(new InvalidInputException(rules), type,
                        titleProperty(item, type)).errors());
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        if (data.getSlug() != null && slugTaken(data.getSlug())) {
            // The same object imported twice, or another one under that name: a free slug.
            data.setSlug(null);
        }
        try {
            Article created = articles.create(data,
                    new ArticleReferences(tags, related, hiring, provider));
            LOG.log(Level.INFO, "Imported {0} article {1} from schema.org",
                    new Object[] {created.getType(), created.getUuid()});
            return created;
        } catch (InvalidInputException e) {
            throw SchemaOrgFields.article(e, type, titleProperty(item, type));
        }
    }

    /**
     * The property the reader takes the title from: the first of name, headline and (for a
     * JobPosting) title.
     */
    private static String titleProperty(JsonObject item, ArticleType type) {
        for (String name : type == ArticleType.JOB_OFFER ? List.of("name", "headline", "title")
                : List.of("name", "headline")) {
            if (item.get(name) instanceof JsonString s && !s.getString().isBlank()) {
                return name;
            }
        }
        return "name";
    }

    /** The object read; one that cannot be read at all is refused with the errors so far. */
    private static <T> Read<T> read(Supplier<Read<T>> reader, List<FieldError> errors) {
        try {
            return reader.get();
        } catch (CatalogueFormatException e) {
            errors.add(Problems.field("body", "jsonld.unreadable", e.getMessage()));
            throw new InvalidInputException(errors);
        }
    }

    private boolean slugTaken(String slug) {
        return em.createQuery("select count(a) from Article a where a.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0;
    }

    private static List<String> types(JsonObject item) {
        return item.get("@type") == null ? List.of() : SchemaOrgFields.texts(item, "@type");
    }

    /** The local values of the concepts, in order; an unknown concept is an error. */
    private List<UUID> tags(List<Reference> refs, List<FieldError> errors) {
        Map<String, TaxonomyValue> found = concepts.resolve(refs.stream()
                .map(Reference::uri).toList());
        List<UUID> tags = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            TaxonomyValue value = found.get(refs.get(i).uri());
            if (value == null) {
                errors.add(Problems.field("keywords[" + i + "]", "jsonld.keyword",
                        refs.get(i).uri()));
            } else {
                tags.add(value.getUuid());
            }
        }
        return tags;
    }

    /** The entity a URI names: one of this node, or a copy imported from that URI. */
    private Optional<UUID> entity(Reference ref, String field, List<FieldError> errors) {
        String uri = ref.uri();
        Optional<UUID> own = ownEntity(uri);
        Optional<UUID> found = own.isPresent() ? own : em.createQuery("select o.uuid from"
                + " Organisation o where o.originUri = :uri", String.class)
                .setParameter("uri", uri).getResultStream().findFirst().map(UUID::fromString);
        if (found.isEmpty()) {
            errors.add(Problems.field(field, "jsonld.entity", uri));
        }
        return found;
    }

    private Optional<UUID> ownEntity(String uri) {
        try {
            UUID uuid = UUID.fromString(uri.substring(uri.lastIndexOf('/') + 1));
            return uris.entity(uuid).equals(uri) && organisations.find(uuid).isPresent()
                    ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
