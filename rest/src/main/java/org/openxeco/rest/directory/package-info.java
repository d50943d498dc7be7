/** The API of the directory: {@code /api/entities}, its payloads and their mapping. */
package org.openxeco.rest.directory;
