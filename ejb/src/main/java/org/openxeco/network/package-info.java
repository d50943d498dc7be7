/**
 * What this node shares with its peers: per object type a default, and per object an
 * optional choice that overrides it. Only public objects are ever shared.
 */
package org.openxeco.network;
