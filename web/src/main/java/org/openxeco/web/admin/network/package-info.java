/**
 * The network screens of the admin portal: this node's identity and keys, the peers and
 * their handshakes, browsing and importing from an active peer, its sync and run log, the
 * copies in conflict, where a copy comes from, and the mappings of peers' concepts. Every
 * action goes through the network services, which check the admin role.
 */
package org.openxeco.web.admin.network;
