/**
 * Feed subscriptions for administrators: subscribe to an RSS or Atom feed, check it now,
 * pause, resume or end it, and list what it brought. The same operations as the feeds
 * screen of the admin portal.
 */
package org.openxeco.rest.feeds;
