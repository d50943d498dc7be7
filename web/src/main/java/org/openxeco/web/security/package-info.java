/**
 * Signing in and out of the portals, the session, and the headers that keep pages from
 * being framed, sniffed or scripted from elsewhere.
 */
package org.openxeco.web.security;
