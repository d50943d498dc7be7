package org.openxeco.network.sync;

import java.util.List;

/** What applying one page of changes did; errors name the object and say why. */
record PageResult(int created, int updated, int unchanged, int withdrawn, int conflicts,
        List<String> errors) {

    PageResult {
        errors = List.copyOf(errors);
    }

    int applied() {
        return created + updated + withdrawn;
    }
}
