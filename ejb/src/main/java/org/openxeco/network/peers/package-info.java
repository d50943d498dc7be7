/**
 * Peers of this node: the handshake on both sides, verification of signed requests from
 * peers, the guarded MicroProfile REST client that calls them, and their health.
 */
package org.openxeco.network.peers;
