package org.openxeco.linkeddata;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleFilter;
import org.openxeco.content.ArticleService;
import org.openxeco.content.ArticleSort;
import org.openxeco.content.ArticleStatus;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationFilter;
import org.openxeco.directory.OrganisationService;
import org.openxeco.directory.OrganisationSort;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.Jsonp;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Page;
import org.openxeco.kernel.PageRequest;
import org.openxeco.network.catalogue.SchemaOrgMapping;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * The schema.org JSON-LD of public objects, whoever asks: entities as Organizations, articles
 * as NewsArticle, Event, JobPosting, Service or SoftwareApplication, taxonomy values as
 * DefinedTerms. An object that is not public is not found, even for an administrator, and
 * an object refers only to public entities.
 */
@Stateless
public class PublicLinkedData {

    /** An object's JSON-LD and the version of the object it describes. */
    public record Described(JsonObject json, long version) {
    }

    /** One page of a list: the ItemList and the cursor of the next page, if any. */
    public record ListPage(JsonObject list, Optional<String> next) {
    }

    @Inject
    OrganisationService organisations;

    @Inject
    ArticleService articles;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    NodeUris uris;

    /** The public entity with this UUID as an Organization, or not found. */
    public Described entity(UUID uuid) {
        Organisation o = organisations.find(uuid).filter(Organisation::isPublic)
                .orElseThrow(() -> new NotFoundException("Entity", uuid));
        return new Described(mapping().entity(o), o.getVersion());
    }

    /** The public article with this UUID in the schema.org type of its type, or not found. */
    public Described article(UUID uuid) {
        Article a = articles.find(uuid).filter(Article::isPublic)
                .orElseThrow(() -> new NotFoundException("Article", uuid));
        return new Described(mapping().article(a), a.getVersion());
    }

    /** A value of a taxonomy as a DefinedTerm with its label in every language. */
    public Described term(UUID scheme, UUID value) {
        TaxonomyValue v = taxonomies.value(scheme, value);
        return new Described(mapping().term(v), v.getVersion());
    }

    /**
     * One page of the public entities that match, as an ItemList of Organizations whose
     * {@code numberOfItems} is the number of matches on all pages.
     */
    public ListPage entities(OrganisationFilter filter, OrganisationSort sort,
            PageRequest page) {
        OrganisationFilter active = new OrganisationFilter(filter.text(), filter.kind(),
                Optional.of(OrganisationStatus.ACTIVE), filter.countryCode(), filter.tags());
        SchemaOrgMapping mapping = mapping();
        if (filter.status().filter(s -> s != OrganisationStatus.ACTIVE).isPresent()) {
            return itemList(new Page<Organisation>(List.of(), 0, Optional.empty()), o -> true,
                    mapping::entity);
        }
        return itemList(organisations.list(active, sort, page), Organisation::isPublic,
                mapping::entity);
    }

    /** One page of the public articles that match, as an ItemList. */
    public ListPage articles(ArticleFilter filter, ArticleSort sort, PageRequest page) {
        ArticleFilter published = new ArticleFilter(filter.type(),
                Optional.of(ArticleStatus.PUBLIC), filter.text(), filter.tags(),
                filter.countryCode(), filter.from(), filter.startsFrom(), filter.to());
        SchemaOrgMapping mapping = mapping();
        if (filter.status().filter(s -> s != ArticleStatus.PUBLIC).isPresent()) {
            // Only public articles are described: asked for others, the list is empty.
            return itemList(new Page<Article>(List.of(), 0, Optional.empty()), a -> true,
                    mapping::article);
        }
        return itemList(articles.list(published, sort, page), Article::isPublic,
                mapping::article);
    }

    /**
     * JSON-LD text safe inside an HTML {@code script} element: every {@code <}, {@code >}
     * and {@code &} is written as a JSON escape, so no {@code </script>} or comment
     * opener can appear, and the JSON means the same.
     */
    public static String script(JsonObject json) {
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    private static <T> ListPage itemList(Page<T> page, Predicate<T> shown,
            Function<T, JsonObject> map) {
        List<T> items = page.items().stream().filter(shown).toList();
        JsonArrayBuilder elements = Jsonp.createArrayBuilder();
        for (int i = 0; i < items.size(); i++) {
            JsonObjectBuilder item = Jsonp.createObjectBuilder(map.apply(items.get(i)));
            item.remove("@context");
            elements.add(Jsonp.createObjectBuilder().add("@type", "ListItem")
                    .add("position", page.before() + i + 1).add("item", item));
        }
        JsonObject list = Jsonp.createObjectBuilder()
                .add("@context", SchemaOrgMapping.CONTEXT).add("@type", "ItemList")
                .add("numberOfItems", page.total()).add("itemListElement", elements).build();
        return new ListPage(list, page.next());
    }

    private SchemaOrgMapping mapping() {
        return new SchemaOrgMapping(uris);
    }
}
