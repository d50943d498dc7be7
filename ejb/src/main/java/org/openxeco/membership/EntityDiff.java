package org.openxeco.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Validator;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.InputCheck;
import org.openxeco.kernel.InputErrors;
import org.openxeco.kernel.Problems;
import org.openxeco.media.MediaItem;
import org.openxeco.media.MediaService;

/** Compares an entity with a member's proposed values, field by field, as the audit shows them. */
public final class EntityDiff {

    /** One field whose proposed value differs from the live one. */
    public record Field(String name, String live, String proposed) {
    }

    private EntityDiff() {
    }

    /** The fields a member's edit would change on the live entity. */
    public static List<Field> of(Organisation live, EntityEdit edit) {
        Map<String, String> before = live.auditFields();
        Map<String, String> after = scratch(live, edit).auditFields();
        List<Field> fields = new ArrayList<>();
        for (String name : EntityEdit.FIELDS) {
            String old = blankToNull(before.get(name));
            String now = blankToNull(after.get(name));
            if (!Objects.equals(old, now)) {
                fields.add(new Field(name, old, now));
            }
        }
        return fields;
    }

    /** A detached entity with the live values and the edit applied, never stored. */
    static Organisation scratch(Organisation live, EntityEdit edit) {
        Organisation copy = new Organisation();
        copy.setStatus(live.getStatus());
        copy.setLogoUrl(live.getLogoUrl());
        copy.setIdentifiers(live.getIdentifiers());
        edit.applyTo(copy);
        return copy;
    }

    /** Refuses values the entity's rules do not allow, checked on a scratch copy. */
    static void check(Validator validator, MediaService media, Organisation live,
            EntityEdit edit) {
        InputErrors errors = new InputErrors();
        if (edit.logoHash() != null && !edit.logoHash().equals(live.getLogoHash())
                && (!MediaItem.isHash(edit.logoHash()) || !media.exists(edit.logoHash()))) {
            errors.add(Problems.field("logo", "image.unknown", edit.logoHash()));
        }
        errors.run(() -> InputCheck.validate(validator, scratch(live, edit)));
        errors.throwIfAny();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
