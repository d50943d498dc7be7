/** Serves stored images, such as entity logos, to anyone: they appear on public pages. */
package org.openxeco.web.media;
