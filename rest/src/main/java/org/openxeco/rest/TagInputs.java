package org.openxeco.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InputErrors;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Problems;
import org.openxeco.taxonomy.TagTexts;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Reads the tags of a body: each a value's UUID, a tag as the API answers with it (an object
 * with an {@code id}), or a value as CSV files write it ({@code {scheme URI}/{value code}},
 * or {@code scheme-code:value-code}), so that what the CSV export writes can be sent.
 */
public final class TagInputs {

    private TagInputs() {
    }

    /**
     * The UUIDs of the tags; each unknown or malformed one is an error kept, named
     * {@code field[i]}, and stands in the list as {@link Inputs#UNREADABLE}.
     */
    public static List<UUID> ids(List<JsonValue> tags, String field, TagTexts texts,
            InputErrors found) {
        List<FieldError> errors = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; tags != null && i < tags.size(); i++) {
            JsonValue value = tags.get(i);
            String name = field + "[" + i + "]";
            if (value instanceof JsonString text && !isUuid(text.getString())) {
                value(text.getString(), texts).ifPresentOrElse(v -> ids.add(v.getUuid()), () -> {
                    errors.add(Problems.field(name, "tag.unknown", text.getString()));
                    ids.add(Inputs.UNREADABLE);
                });
            } else {
                UUID id = Inputs.read(() -> Inputs.reference(value, name), errors);
                ids.add(id == null ? Inputs.UNREADABLE : id);
            }
        }
        found.addAll(errors);
        return ids;
    }

    private static Optional<TaxonomyValue> value(String text, TagTexts texts) {
        return text.isBlank() ? Optional.empty() : texts.find(text);
    }

    private static boolean isUuid(String text) {
        try {
            Params.uuid(text, "");
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }
}
