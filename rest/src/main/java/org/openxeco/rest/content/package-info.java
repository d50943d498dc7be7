/** The API of articles: {@code /api/articles} for the five types, payloads and mapping. */
package org.openxeco.rest.content;
