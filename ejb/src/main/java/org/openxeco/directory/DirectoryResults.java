package org.openxeco.directory;

import java.util.List;
import java.util.Map;

import org.openxeco.taxonomy.TagFacets;

/**
 * One page of the public directory with the total number of matches and, per facet, how
 * many of those matches each kind, country and taxonomy value would leave.
 */
public record DirectoryResults(List<Organisation> items, long total,
        Map<OrganisationKind, Long> kinds, Map<String, Long> countries,
        List<TagFacets.Facet> taxonomies) {
}
