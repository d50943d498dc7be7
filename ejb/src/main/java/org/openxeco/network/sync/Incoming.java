package org.openxeco.network.sync;

import java.util.List;

import org.openxeco.network.sync.ImportReference.Role;

/**
 * An object as a peer sent it, read into a detached domain object: its URI and version at
 * the origin, the references it makes by URI (tags, related entities) and its logo address.
 */
record Incoming<T>(String uri, long version, T object, List<Ref> references, String logo) {

    Incoming {
        references = List.copyOf(references);
    }

    /** A reference by URI: a concept (with its scheme) or an entity in some role. */
    record Ref(Role role, String uri, String label, String scheme) {
    }

    List<Ref> references(Role role) {
        return references.stream().filter(r -> r.role() == role).toList();
    }
}
