package org.openxeco.setup;

import java.util.List;
import java.util.UUID;

/** A demo object ready to store, with the tags and the 1-based records it came from. */
record DemoRecord<T>(T object, List<UUID> tags, List<Integer> sourceRecords) {
}
