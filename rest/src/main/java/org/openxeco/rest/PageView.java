package org.openxeco.rest;

import java.util.List;
import java.util.function.Function;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.openxeco.kernel.Page;

/** One page of a list on the wire: items, total matches and the cursor of the next page. */
@JsonbPropertyOrder({"items", "total", "next"})
public record PageView<T>(List<T> items, long total, String next) {

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.total(),
                page.next().orElse(null));
    }
}
