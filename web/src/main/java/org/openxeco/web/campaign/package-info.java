/**
 * The public side of campaigns: the unsubscribe page every campaign mail links to, and the
 * one-click unsubscription mail programs post to the same address (RFC 8058).
 */
package org.openxeco.web.campaign;
