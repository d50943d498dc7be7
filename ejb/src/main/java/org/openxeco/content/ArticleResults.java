package org.openxeco.content;

import java.util.List;

import org.openxeco.taxonomy.TagFacets;

/** One page of a public article list, the total of its matches and its taxonomy facets. */
public record ArticleResults(List<Article> items, long total, List<TagFacets.Facet> facets) {
}
