/**
 * Browser tests of the portals: headless Chromium driven by Selenium against the running
 * test node, the way people use the pages.
 */
package org.openxeco.portal;
