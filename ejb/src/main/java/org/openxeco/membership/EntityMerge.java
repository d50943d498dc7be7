package org.openxeco.membership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openxeco.directory.Address;
import org.openxeco.kernel.ConflictException;

/**
 * Merges a member's change made on an older version of an entity with its live values, field
 * by field: only the fields the member changed relative to the version they edited are taken.
 * A field changed both by the member and on the live entity since is a conflict.
 */
final class EntityMerge {

    private static final Map<String, Function<EntityEdit, Object>> KEYS = keys();

    private EntityMerge() {
    }

    /** The fields both the member and someone else changed, differently, since the base. */
    static List<String> conflicts(EntityEdit base, EntityEdit live, EntityEdit mine) {
        List<String> both = new ArrayList<>();
        KEYS.forEach((field, key) -> {
            Object was = key.apply(base);
            Object now = key.apply(live);
            Object wanted = key.apply(mine);
            if (!Objects.equals(was, wanted) && !Objects.equals(was, now)
                    && !Objects.equals(now, wanted)) {
                both.add(field);
            }
        });
        return both;
    }

    /** The live values with the member's own changes applied; refuses when they conflict. */
    static EntityEdit merge(EntityEdit base, EntityEdit live, EntityEdit mine) {
        List<String> both = conflicts(base, live, mine);
        if (!both.isEmpty()) {
            throw new ConflictException("change-conflict", "The entity was changed since the"
                    + " member edited it, in the same fields as the member: "
                    + String.join(", ", both) + ". The member needs to save the change again.");
        }
        Set<String> mineChanged = KEYS.entrySet().stream()
                .filter(e -> !Objects.equals(e.getValue().apply(base), e.getValue().apply(mine)))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Picker p = new Picker(mineChanged, live, mine);
        return new EntityEdit(p.pick("name", EntityEdit::name),
                p.pick("legalName", EntityEdit::legalName), p.pick("kind", EntityEdit::kind),
                p.pick("description", EntityEdit::description),
                p.pick("email", EntityEdit::email), p.pick("phone", EntityEdit::phone),
                p.pick("websites", EntityEdit::websites),
                p.pick("addresses", EntityEdit::addresses),
                p.pick("logo", EntityEdit::logoHash));
    }

    private record Picker(Set<String> mineChanged, EntityEdit live, EntityEdit mine) {
        <T> T pick(String field, Function<EntityEdit, T> value) {
            return value.apply(mineChanged.contains(field) ? mine : live);
        }
    }

    private static Map<String, Function<EntityEdit, Object>> keys() {
        Map<String, Function<EntityEdit, Object>> keys = new LinkedHashMap<>();
        keys.put("name", e -> text(e.name()));
        keys.put("legalName", e -> text(e.legalName()));
        keys.put("kind", EntityEdit::kind);
        keys.put("description", e -> text(e.description()));
        keys.put("email", e -> text(e.email()));
        keys.put("phone", e -> text(e.phone()));
        keys.put("websites", EntityEdit::websites);
        keys.put("addresses", e -> e.addresses().stream().map(EntityMerge::address).toList());
        keys.put("logo", e -> text(e.logoHash()));
        return keys;
    }

    private static List<String> address(Address a) {
        return Arrays.asList(text(a.getStreet()), text(a.getPostalCode()),
                text(a.getCity()), text(a.getRegion()), text(a.getCountryCode()));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
