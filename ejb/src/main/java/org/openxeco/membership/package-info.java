/**
 * Members and their entities: requests to be attached to an entity or to add one, changes
 * members make to the entities they are attached to (live or after review, by a node
 * setting), and articles they write for them, with the administrators' queue deciding each.
 * Every member-facing method checks that the caller owns what it reads or writes.
 */
package org.openxeco.membership;
