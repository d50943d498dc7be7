package org.openxeco.directory;

import java.util.List;
import java.util.Optional;

/**
 * What a visitor of the public directory asks for: words that must all appear (in any
 * field the search covers), a kind, a country of an address, and taxonomy values given as
 * {@code scheme:code} references (each with its subtree).
 */
public record DirectoryQuery(Optional<String> text, Optional<OrganisationKind> kind,
        Optional<String> countryCode, List<String> tags) {

    public DirectoryQuery {
        text = text.filter(t -> !t.isBlank());
        countryCode = countryCode.filter(c -> c.matches("[A-Z]{2}"));
        tags = List.copyOf(tags);
    }

    public static DirectoryQuery all() {
        return new DirectoryQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                List.of());
    }
}
