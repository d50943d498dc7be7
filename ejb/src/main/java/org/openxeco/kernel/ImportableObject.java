package org.openxeco.kernel;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A published object that may be a copy of another node's object: it then carries the URI
 * under which its origin publishes it. At most one copy per origin URI exists on a node.
 */
@MappedSuperclass
public abstract class ImportableObject extends TrackedObject {

    @Column(name = "origin_uri", length = 1000, unique = true)
    private String originUri;

    protected ImportableObject() {
    }

    /** The origin's URI of this object, if it was imported from a peer. */
    public Optional<String> getOriginUri() {
        return Optional.ofNullable(originUri);
    }

    public void setOriginUri(String originUri) {
        this.originUri = originUri;
    }
}
