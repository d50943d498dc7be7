/**
 * The network between real nodes: handshakes, signed node-to-node calls and browsing, with
 * two running nodes (H2 and PostgreSQL), a third one the tests stop and start, and a signing
 * test peer served by the test itself.
 */
package org.openxeco.network;
