/**
 * The directory: organisations (called entities in the portals and the API) with their
 * addresses, contacts, typed identifiers and taxonomy tags, and the queries that list them.
 */
package org.openxeco.directory;
