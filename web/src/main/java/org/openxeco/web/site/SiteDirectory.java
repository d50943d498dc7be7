package org.openxeco.web.site;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.directory.DirectoryQuery;
import org.openxeco.directory.DirectoryResults;
import org.openxeco.directory.DirectorySearch;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.web.ui.Preferences;

/**
 * The public directory page: words to search, kind, country and taxonomy values from the
 * address, one page of matches, and links that narrow or widen the search by a facet.
 */
@Named
@RequestScoped
public class SiteDirectory {

    @Inject
    DirectorySearch search;

    @Inject
    Preferences preferences;

    private String q;
    private String kind;
    private String country;
    private String tag;
    private Integer page;
    private DirectoryResults results;

    /** The matches of the address's search, read once per request. */
    public DirectoryResults getResults() {
        if (results == null) {
            DirectoryQuery query = new DirectoryQuery(Optional.ofNullable(q), kindValue(),
                    Optional.ofNullable(country), TagChoice.parse(tag));
            results = search.search(query, Paging.first(page), Paging.SIZE,
                    preferences.getLanguage());
            if (results.items().isEmpty() && results.total() > 0) {
                // Past the end: the last page is shown instead.
                page = Paging.last(results.total());
                results = search.search(query, Paging.first(page), Paging.SIZE,
                        preferences.getLanguage());
            }
        }
        return results;
    }

    public Paging getPaging() {
        return Paging.of(getResults().total(), Paging.number(page));
    }

    /** Whether anything narrows the list. */
    public boolean isFiltered() {
        return !(isBlank(q) && kindValue().isEmpty() && isBlank(country)
                && TagChoice.parse(tag).isEmpty());
    }

    public String kindLink(OrganisationKind value) {
        return base().with("kind", value == null ? null : value.name()).toString();
    }

    public String countryLink(String code) {
        return base().with("country", code).toString();
    }

    public String tagLink(TaxonomyValue value) {
        return base().with("tag", TagChoice.choose(tag, value)).toString();
    }

    public String clearTagLink(TaxonomyScheme scheme) {
        return base().with("tag", TagChoice.clear(tag, scheme.getCode())).toString();
    }

    public String pageLink(int number) {
        return query().with("page", number > 1 ? number : null).toString();
    }

    public String getClearLink() {
        return new SiteQuery(context() + "/directory").toString();
    }

    public List<Map.Entry<OrganisationKind, Long>> getKindCounts() {
        return List.copyOf(getResults().kinds().entrySet());
    }

    public List<Map.Entry<String, Long>> getCountryCounts() {
        return List.copyOf(getResults().countries().entrySet());
    }

    private SiteQuery base() {
        return query().with("page", null);
    }

    private SiteQuery query() {
        return new SiteQuery(context() + "/directory").with("q", q).with("kind", kind)
                .with("country", country).with("tag", tag).with("page", page);
    }

    private Optional<OrganisationKind> kindValue() {
        return Arrays.stream(OrganisationKind.values()).filter(k -> k.name().equals(kind))
                .findFirst();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String context() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
