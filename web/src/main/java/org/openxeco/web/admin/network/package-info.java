/**
 * The network screens of the admin portal: this node's identity and keys, the peers and
 * their handshakes, looking up and asking a new peer, and browsing an active peer's
 * catalogue. Every action goes through the network services, which check the admin role.
 */
package org.openxeco.web.admin.network;
