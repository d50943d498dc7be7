/**
 * schema.org JSON-LD of this node's public objects for anyone (the public API and the
 * portal's pages), and the import of one such object sent to the API. The shapes are those
 * the node-to-node catalogue writes and reads, so an object exported here imports on
 * another node with the same fields.
 */
package org.openxeco.linkeddata;
