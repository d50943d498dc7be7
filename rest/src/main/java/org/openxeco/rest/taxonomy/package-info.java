/** The API of taxonomies: {@code /api/taxonomies}, their trees and values. */
package org.openxeco.rest.taxonomy;
