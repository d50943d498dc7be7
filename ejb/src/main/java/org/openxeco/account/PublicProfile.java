package org.openxeco.account;

import java.time.Instant;
import java.util.UUID;

/** What anonymous visitors see of a member who made their profile public. */
public record PublicProfile(UUID id, String name, String jobTitle, String bio,
        Instant memberSince) {
}
