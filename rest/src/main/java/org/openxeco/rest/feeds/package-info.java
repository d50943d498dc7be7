/**
 * The public feeds for readers, calendars and address books: RSS and Atom of news and job
 * offers, iCalendar of events, vCard of entities, each answering 304 to a client that has
 * the current version already.
 */
package org.openxeco.rest.feeds;
