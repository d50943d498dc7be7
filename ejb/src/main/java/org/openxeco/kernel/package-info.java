/**
 * The shared kernel: what every published object has (identity, change tracking,
 * tombstones), the business exceptions every service throws, cursor paging and the
 * HTML sanitiser. Features depend on this package; it depends on none of them.
 */
package org.openxeco.kernel;
