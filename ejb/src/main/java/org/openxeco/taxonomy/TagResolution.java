package org.openxeco.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.Problems;

/**
 * The rules for tagging an object: each tag exists, belongs to a scheme that may tag the
 * object's type, and a single-choice scheme gives at most one tag.
 */
final class TagResolution {

    private TagResolution() {
    }

    /** Resolves tag UUIDs with a look-up; errors name the position in the list. */
    static Set<TaxonomyValue> resolve(Collection<UUID> tagUuids, ObjectType type,
            Function<UUID, Optional<TaxonomyValue>> lookUp) {
        List<FieldError> errors = new ArrayList<>();
        Set<TaxonomyValue> tags = new LinkedHashSet<>();
        Set<UUID> singleChoiceSeen = new HashSet<>();
        int index = 0;
        for (UUID uuid : tagUuids) {
            String field = "tags[" + index++ + "]";
            Optional<TaxonomyValue> found = lookUp.apply(uuid);
            if (found.isEmpty()) {
                errors.add(Problems.field(field, "tag.unknown", uuid));
                continue;
            }
            TaxonomyScheme scheme = found.get().getScheme();
            if (!scheme.mayTag(type)) {
                errors.add(Problems.field(field, "tag.wrongType", scheme.getCode(), type));
            } else if (!scheme.isMultipleChoice() && !singleChoiceSeen.add(scheme.getUuid())) {
                errors.add(Problems.field(field, "tag.single", scheme.getCode()));
            }
            tags.add(found.get());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return tags;
    }
}
