/**
 * What the node publishes for feed readers, calendars and address books: RSS 2.0 and Atom
 * feeds of news and job offers, an iCalendar feed of events and a vCard per entity. Only what
 * anonymous visitors may see is ever written, with the same rules as the public site.
 */
package org.openxeco.feeds;
