package org.openxeco.network.sync;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One field of a copy that follows its origin: its name (as the conflict list shows it),
 * its value as comparable text, and how to take the remote value into the local object.
 */
record CopyField<T>(String name, Function<T, String> text, BiConsumer<T, T> take) {

    /** A field read and written as one value, compared by its text. */
    static <T, V> CopyField<T> of(String name, Function<T, V> get, BiConsumer<T, V> set) {
        return new CopyField<>(name, o -> text(get.apply(o)),
                (local, remote) -> set.accept(local, get.apply(remote)));
    }

    /** A list field, compared as the lines of its elements' texts. */
    static <T, E> CopyField<T> list(String name, Function<T, List<E>> get,
            Function<E, String> element, BiConsumer<T, List<E>> set) {
        return new CopyField<>(name, o -> {
            List<E> values = get.apply(o);
            return values == null || values.isEmpty() ? null
                    : String.join("\n", values.stream().map(element).toList());
        }, (local, remote) -> set.accept(local, List.copyOf(get.apply(remote))));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        return text.isBlank() ? null : text;
    }

    /** The texts of the parts of a compound value, "|" between them. */
    static String parts(Object... values) {
        return String.join("|", java.util.Arrays.stream(values)
                .map(v -> Objects.toString(v, "")).toList());
    }
}
