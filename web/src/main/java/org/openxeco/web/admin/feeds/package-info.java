/**
 * The feeds screen of the admin portal: subscribe to RSS and Atom feeds, see how their
 * checks went, check one now, pause, resume or end a subscription, and open the drafts
 * its items became.
 */
package org.openxeco.web.admin.feeds;
