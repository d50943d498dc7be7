package org.openxeco.web.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleType;
import org.openxeco.content.EventDetails;
import org.openxeco.directory.Address;
import org.openxeco.directory.Organisation;

/** The readable addresses of the public site and small helpers its pages share. */
@Named
@ApplicationScoped
public class SiteLinks {

    private static final Map<ArticleType, String> SECTIONS = Map.of(ArticleType.NEWS, "news",
            ArticleType.EVENT, "events", ArticleType.JOB_OFFER, "jobs",
            ArticleType.SERVICE, "services", ArticleType.TOOL, "tools");

    /** The article type listed under a section such as {@code news}. */
    static Optional<ArticleType> typeOf(String section) {
        return SECTIONS.entrySet().stream().filter(e -> e.getValue().equals(section))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The article type of this enum name, if it is one. */
    static Optional<ArticleType> parseType(String name) {
        return Arrays.stream(ArticleType.values()).filter(t -> t.name().equals(name))
                .findFirst();
    }

    /** The path of the list of an article type, such as {@code /events}. */
    static String pathOf(ArticleType type) {
        return "/" + SECTIONS.get(type);
    }

    /** The request's query string without the named parameters: {@code ""} or {@code ?…}. */
    static String query(HttpServletRequest request, String... without) {
        Set<String> skipped = Set.of(without);
        List<String> parts = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!skipped.contains(name)) {
                for (String value : values) {
                    parts.add(enc(name) + "=" + enc(value));
                }
            }
        });
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String context() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    /** The section of an article type, such as {@code events}. */
    public String section(ArticleType type) {
        return SECTIONS.get(type);
    }

    /** The address of the list of an article type. */
    public String list(ArticleType type) {
        return context() + pathOf(type);
    }

    /** The address of an article's page. */
    public String article(Article article) {
        return list(article.getType()) + "/" + enc(article.getSlug());
    }

    /** The address of an entity's page. */
    public String entity(Organisation entity) {
        return context() + "/directory/" + entity.getUuid();
    }

    /** The directory restricted to one taxonomy value ({@code scheme:code}). */
    public String directoryTagged(String reference) {
        return context() + "/directory?tag=" + enc(reference);
    }

    /** The list of an article type restricted to one taxonomy value ({@code scheme:code}). */
    public String listTagged(ArticleType type, String reference) {
        return list(type) + "?tag=" + enc(reference);
    }

    /** The name of a country in the person's language, for a two-letter code. */
    public String country(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    /** The city and country of an entity's first address, for lists. */
    public String place(Organisation entity, Locale locale) {
        return entity.getAddresses().stream().findFirst().map(a -> (a.getCity() == null
                || a.getCity().isBlank() ? "" : a.getCity() + ", ")
                + country(a.getCountryCode(), locale)).orElse("");
    }

    /**
     * The lines of an address above its country, as a letter shows them: street, postal code
     * with city, region; empty parts are left out.
     */
    public List<String> addressLines(Address address) {
        String town = Stream.of(address.getPostalCode(), address.getCity())
                .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
        return Stream.of(address.getStreet(), town, address.getRegion())
                .filter(p -> p != null && !p.isBlank()).toList();
    }

    /** Where an event takes place: venue, city and country, as far as they are known. */
    public String where(EventDetails event, Locale locale) {
        return Stream.of(event.getVenue(), event.getCity(), country(event.getCountryCode(),
                locale)).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
    }

    /** Whether an address is safe to link to (http, https or mailto). */
    public boolean linkable(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")
                || url.startsWith("mailto:"));
    }
}
