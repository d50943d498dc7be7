package org.openxeco.kernel;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list: its items, the total number of matches and, when more follow, the
 * opaque cursor that continues after the last item.
 */
public record Page<T>(List<T> items, long total, Optional<String> next) {
}
