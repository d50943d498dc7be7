package org.openxeco.content;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The objects an article points to, given by UUID: taxonomy values, related entities, and
 * the hiring entity of a job offer or the provider of a service or tool.
 */
public record ArticleReferences(List<UUID> tags, List<UUID> relatedEntities,
        Optional<UUID> hiringEntity, Optional<UUID> provider) {

    public static ArticleReferences none() {
        return new ArticleReferences(List.of(), List.of(), Optional.empty(), Optional.empty());
    }
}
