/**
 * Feed subscriptions: RSS and Atom feeds an administrator subscribes to, checked on a
 * schedule or on demand through the same guards as calls to peers. Each new item becomes a
 * draft news article that the administrators review in the usual article workflow; an item
 * is imported once, keyed by its guid.
 */
package org.openxeco.feeds.ingest;
