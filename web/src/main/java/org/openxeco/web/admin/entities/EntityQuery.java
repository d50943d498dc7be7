package org.openxeco.web.admin.entities;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.openxeco.directory.OrganisationFilter;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.directory.OrganisationStatus;

/**
 * The filter of the entities table as a person sets it, turned into the service's filter and
 * into (and back from) the query string of the CSV export.
 */
public class EntityQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private OrganisationKind kind;
    private OrganisationStatus status;
    private String country;

    /** The service filter; a malformed country code matches nothing rather than everything. */
    public OrganisationFilter filter() {
        Optional<String> code = Optional.ofNullable(country).map(String::strip)
                .filter(c -> !c.isEmpty()).map(c -> c.toUpperCase(Locale.ROOT));
        return new OrganisationFilter(Optional.ofNullable(text).map(String::strip),
                Optional.ofNullable(kind), Optional.ofNullable(status), code, List.of());
    }

    /** The query string (without {@code ?}) that gives the same filter to the export. */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        add(parts, "q", text);
        add(parts, "kind", kind == null ? null : kind.name());
        add(parts, "status", status == null ? null : status.name());
        add(parts, "country", country);
        return String.join("&", parts);
    }

    /** The filter named by request parameters; unknown values are ignored. */
    public static EntityQuery of(Function<String, String> parameter) {
        EntityQuery query = new EntityQuery();
        query.text = parameter.apply("q");
        query.kind = parse(OrganisationKind.class, parameter.apply("kind"));
        query.status = parse(OrganisationStatus.class, parameter.apply("status"));
        query.country = parameter.apply("country");
        return query;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public void setStatus(OrganisationStatus status) {
        this.status = status;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
