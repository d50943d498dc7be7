package org.openxeco.dashboard;

/**
 * One bar of a distribution: what it counts (a taxonomy value's UUID, a country code), the
 * label to show and how many entities it holds.
 */
public record Share(String key, String label, long count) {
}
