package org.openxeco.content;

import java.util.regex.Pattern;

import org.openxeco.kernel.SortKeys;

/** Turns titles into readable, URL-safe slugs. */
public final class Slugs {

    public static final int MAX = 200;

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_HYPHENS = Pattern.compile("(^-+)|(-+$)");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

    private Slugs() {
    }

    /** Lower-case ASCII words joined by hyphens; "article" if nothing is left. */
    public static String of(String title) {
        String slug = OUTER_HYPHENS.matcher(NOT_WORD.matcher(SortKeys.of(title, 1000))
                .replaceAll("-")).replaceAll("");
        slug = truncate(slug, MAX - 8);
        return slug.isEmpty() ? "article" : slug;
    }

    public static String truncate(String slug, int max) {
        String cut = slug.length() > max ? slug.substring(0, max) : slug;
        return TRAILING_HYPHENS.matcher(cut).replaceAll("");
    }
}
