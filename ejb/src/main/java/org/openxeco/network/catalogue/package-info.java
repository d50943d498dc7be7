/**
 * The catalogue a peer node browses: the public objects this node shares, as schema.org
 * JSON-LD, and its shared taxonomies as SKOS, in pages walked with a keyset cursor. Also
 * reads such pages from peers into rows for the admin portal, and tells which of a peer's
 * objects are imported here already.
 */
package org.openxeco.network.catalogue;
