package org.openxeco.web.site;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;

import org.openxeco.kernel.NotFoundException;
import org.openxeco.linkeddata.PublicLinkedData;

/**
 * The schema.org JSON-LD a public page embeds for search engines, as text safe inside a
 * {@code script} element; empty when the object is not public.
 */
@Named
@RequestScoped
public class SiteStructuredData {

    @Inject
    PublicLinkedData linkedData;

    /** What this request has written already, as a page may ask more than once. */
    private final Map<UUID, String> written = new HashMap<>();

    /** The JSON-LD of a public entity. */
    public String entity(UUID uuid) {
        return uuid == null ? "" : written.computeIfAbsent(uuid,
                u -> script(() -> linkedData.entity(u).json()));
    }

    /** The JSON-LD of a public article. */
    public String article(UUID uuid) {
        return uuid == null ? "" : written.computeIfAbsent(uuid,
                u -> script(() -> linkedData.article(u).json()));
    }

    private static String script(Supplier<JsonObject> json) {
        try {
            return PublicLinkedData.script(json.get());
        } catch (NotFoundException e) {
            return "";
        }
    }
}
