/**
 * The node-to-node API: descriptor, handshake and catalogue, signed both ways with HTTP
 * Message Signatures.
 */
package org.openxeco.rest.node;
