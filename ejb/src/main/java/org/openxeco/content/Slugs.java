package org.openxeco.content;

import org.openxeco.kernel.SortKeys;

/** Turns titles into readable, URL-safe slugs. */
public final class Slugs {

    public static final int MAX = 200;

    private Slugs() {
    }

    /** Lower-case ASCII words joined by hyphens; "article" if nothing is left. */
    public static String of(String title) {
        String slug = SortKeys.of(title, 1000).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        slug = truncate(slug, MAX - 8);
        return slug.isEmpty() ? "article" : slug;
    }

    public static String truncate(String slug, int max) {
        String cut = slug.length() > max ? slug.substring(0, max) : slug;
        return cut.replaceAll("-+$", "");
    }
}
