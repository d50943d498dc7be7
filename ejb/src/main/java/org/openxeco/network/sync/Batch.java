package org.openxeco.network.sync;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.TrackedObject;
import org.openxeco.network.peers.Peer;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * What one page of changes needs from the database, read once for the whole page: the
 * copies it touches, the concepts and entities it refers to, the slugs in use, the pending
 * references and conflicts of its copies. Writers add what they create, so later objects of
 * the same page see earlier ones.
 */
final class Batch {

    final Peer peer;
    final boolean create;
    final boolean force;
    final Instant now;
    final Map<String, ImportedCopy> copies = new HashMap<>();
    final Map<String, TaxonomyValue> concepts = new HashMap<>();
    final Set<String> conceptsWanted = new HashSet<>();
    /** Whether this page brought taxonomies or entities that pending references may name. */
    boolean taxonomyApplied;
    boolean entityCreated;
    final Map<String, Organisation> entities = new HashMap<>();
    final Map<String, TrackedObject> locals = new HashMap<>();
    final Set<String> slugs = new HashSet<>();
    final Map<String, List<ImportReference>> pending = new HashMap<>();
    final Map<String, List<SyncConflict>> conflicts = new HashMap<>();
    /** The page as read and checked, with which incoming objects were refused. */
    ReadPage read;
    /** Marks what this page writes as changed; set when the page's transaction holds the lock. */
    ChangeLog.Writes writes;

    /**
     * @param create whether objects not imported yet are created (following everything, or
     *               importing a selection), else only existing copies are updated
     * @param force  whether objects are applied even when their version is not newer
     */
    Batch(Peer peer, boolean create, boolean force, Instant now) {
        this.peer = peer;
        this.create = create;
        this.force = force;
        this.now = now;
    }

    /** Concept URIs of this page's objects that name no local value (yet). */
    java.util.Set<String> unresolvedConcepts() {
        Set<String> all = new java.util.HashSet<>(conceptsWanted);
        all.removeAll(concepts.keySet());
        return all;
    }

    /** Whether the copy follows this batch's peer (not detached, not another peer's). */
    boolean follows(ImportedCopy copy) {
        return copy.getPeer().map(p -> p.getId().equals(peer.getId())).orElse(false);
    }
}
