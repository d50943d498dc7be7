/** This node's public face in the network: its descriptor at the well-known address. */
package org.openxeco.web.network;
