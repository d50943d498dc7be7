/**
 * Feeds in and out. Out: the public feeds for readers, calendars and address books (RSS and
 * Atom of news and job offers, iCalendar of events, vCard of entities), each answering 304 to
 * a client that has the current version already. In: feed subscriptions for administrators
 * (subscribe to an RSS or Atom feed, check it now, pause, resume or end it, list what it
 * brought), the same operations as the feeds screen of the admin portal.
 */
package org.openxeco.rest.feeds;
