/**
 * This node's identity and the signatures of node-to-node messages: Ed25519 keys, the node
 * descriptor, HTTP Message Signatures (RFC 9421) with Content-Digest (RFC 9530) and the
 * ledger of seen nonces.
 */
package org.openxeco.network.trust;
