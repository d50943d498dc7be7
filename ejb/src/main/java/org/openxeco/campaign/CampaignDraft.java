package org.openxeco.campaign;

import java.util.List;
import java.util.UUID;

/**
 * What an administrator writes: subject, HTML body, template (its default when null) and
 * audience, with the taxonomy values or the checked addresses it needs.
 */
public record CampaignDraft(String subject, String body, UUID template, Audience audience,
        List<UUID> tags, List<String> addresses) {

    public CampaignDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }
}
