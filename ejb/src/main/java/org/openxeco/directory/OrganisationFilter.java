package org.openxeco.directory;

import java.util.List;
import java.util.Optional;

/**
 * What a list of entities is restricted to: free text over names, kind, status (for staff
 * only), country of an address, and taxonomy values (each including its subtree).
 */
public record OrganisationFilter(Optional<String> text, Optional<OrganisationKind> kind,
        Optional<OrganisationStatus> status, Optional<String> countryCode, List<String> tags) {

    public static OrganisationFilter none() {
        return new OrganisationFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }
}
