package org.openxeco.feeds.ingest;

/**
 * Why a feed could not be read: each has a text of its own in the portal, with the detail
 * (a status, a limit, the parser's words) beside it.
 */
public enum FeedProblem {
    /** The address may not be called (scheme, private or metadata address, redirect). */
    FORBIDDEN_ADDRESS,
    /** The host did not answer, or not in time. */
    UNREACHABLE,
    /** The server answered with another status than 200 or 304. */
    HTTP_STATUS,
    /** The answer is not of an XML or feed media type. */
    WRONG_TYPE,
    /** The answer is larger than the configured limit. */
    TOO_LARGE,
    /** The answer is not a well-formed RSS or Atom feed. */
    NOT_A_FEED,
    /** The address is subscribed to already. */
    DUPLICATE
}
