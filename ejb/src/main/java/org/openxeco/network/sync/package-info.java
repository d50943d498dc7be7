/**
 * Importing peers' objects and keeping the copies in sync: provenance of each copy, the
 * per-peer position in the peer's change feed, runs and their log, conflicts between local
 * and remote changes, and references to what has not arrived yet.
 */
package org.openxeco.network.sync;
