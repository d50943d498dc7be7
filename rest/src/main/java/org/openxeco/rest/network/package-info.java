/** The network for administrators: this node's identity, peers, handshakes, browsing. */
package org.openxeco.rest.network;
