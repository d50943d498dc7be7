/**
 * A signed-in member's own requests and articles over the API ({@code /api/my/}): the same
 * membership services as the member space, so another member's objects answer 404 here too.
 */
package org.openxeco.rest.my;
