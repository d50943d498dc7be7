/**
 * The admin dashboard's aggregates: entities per taxonomy value and per country, articles per
 * type and month, member activity per week, work waiting and the state of each peer, each
 * counted by the database.
 */
package org.openxeco.dashboard;
