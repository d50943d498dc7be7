package org.openxeco.content;

import java.util.UUID;
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

    /**
     * The slug followed by the last {@code digits} hex digits of the object's UUID, to tell
     * it from another of the same title. The end of a UUID is random; its start is not (a
     * new object's UUID begins with its creation time, so objects made hours apart share it).
     */
    public static String withUuidEnd(String slug, UUID uuid, int digits) {
        String text = uuid.toString();
        return truncate(slug, MAX - digits - 1) + "-" + text.substring(text.length() - digits);
    }

    public static String truncate(String slug, int max) {
        String cut = slug.length() > max ? slug.substring(0, max) : slug;
        return TRAILING_HYPHENS.matcher(cut).replaceAll("");
    }
}
