package org.openxeco.web.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the address of a list page with its filter parameters; empty ones are left out. */
final class SiteQuery {

    private final String path;
    private final Map<String, String> parameters = new LinkedHashMap<>();

    SiteQuery(String path) {
        this.path = path;
    }

    SiteQuery with(String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            parameters.remove(name);
        } else {
            parameters.put(name, value.toString());
        }
        return this;
    }

    SiteQuery copy() {
        SiteQuery copy = new SiteQuery(path);
        copy.parameters.putAll(parameters);
        return copy;
    }

    @Override
    public String toString() {
        return parameters.isEmpty() ? path : path + "?" + parameters.entrySet().stream()
                .map(e -> SiteLinks.enc(e.getKey()) + "=" + SiteLinks.enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }
}
