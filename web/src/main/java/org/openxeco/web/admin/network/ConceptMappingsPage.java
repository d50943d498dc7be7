package org.openxeco.web.admin.network;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.network.sync.ConceptMappings;
import org.openxeco.network.sync.ConceptMatch;
import org.openxeco.taxonomy.ShownLabels;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.web.ui.Preferences;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * The peers' concepts mapped onto taxonomy values of this node, so that objects tagged
 * with them arrive tagged with the local value instead of a copy of the concept. The admin
 * maps a concept URI onto a value chosen by taxonomy, then value, and removes mappings.
 */
@Named
@ViewScoped
public class ConceptMappingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "mapping";

    @Inject
    transient ConceptMappings mappings;

    @Inject
    transient TaxonomyService taxonomies;

    @Inject
    Preferences preferences;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    /** A mapping as the table shows it. */
    public record Row(String conceptUri, UUID value, String valueLabel, String scheme,
            String mappedBy, Instant mappedAt) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** A scheme or a value to choose from. */
    public record Choice(String id, String label) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    private List<Row> rows = List.of();
    private List<Choice> schemes = List.of();
    private List<Choice> values = List.of();
    private String conceptUri;
    private String scheme;
    private String value;

    @PostConstruct
    void load() {
        String lang = preferences.getLanguage();
        schemes = taxonomies.schemes().stream()
                .map(s -> new Choice(s.getUuid().toString(), ShownLabels.scheme(s, locale(lang))
                        + " (" + s.getCode() + ")"))
                .toList();
        refresh();
    }

    private void refresh() {
        String lang = preferences.getLanguage();
        rows = mappings.list().stream().map(m -> row(m, lang)).toList();
    }

    private static Row row(ConceptMatch match, String lang) {
        TaxonomyValue local = match.getValue();
        TaxonomyScheme in = local.getScheme();
        return new Row(match.getConceptUri(), local.getUuid(), ShownLabels.value(local,
                locale(lang)) + " (" + local.getCode() + ")", ShownLabels.scheme(in, locale(lang)),
                match.getMappedBy(),
                match.getMappedAt());
    }

    private static Locale locale(String lang) {
        return Locale.forLanguageTag(lang);
    }

    /** Offers the values of the taxonomy chosen. */
    public void schemeChosen() {
        value = null;
        String lang = preferences.getLanguage();
        values = scheme == null || scheme.isBlank() ? List.of()
                : taxonomies.values(UUID.fromString(scheme)).stream()
                .map(v -> new Choice(v.getUuid().toString(), "\u00a0\u00a0".repeat(v.getDepth())
                        + ShownLabels.value(v, locale(lang)) + " (" + v.getCode() + ")"))
                .toList();
    }

    /** Maps the concept typed onto the value chosen. */
    public void map() {
        if (value == null || value.isBlank()) {
            texts.error(null, texts.get("net.mapping.chooseValue"));
            return;
        }
        try {
            ConceptMatch match = mappings.map(conceptUri, UUID.fromString(value));
            texts.info("net.mapping.done", match.getConceptUri(),
                    ShownLabels.value(match.getValue(), preferences.getLocale()));
            conceptUri = null;
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
        }
        refresh();
    }

    /** Removes one mapping. */
    public void unmap(Row row) {
        try {
            mappings.unmap(row.conceptUri());
            texts.info("net.mapping.removed", row.conceptUri());
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        refresh();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Choice> getSchemes() {
        return schemes;
    }

    public List<Choice> getValues() {
        return values;
    }

    public String getConceptUri() {
        return conceptUri;
    }

    public void setConceptUri(String conceptUri) {
        this.conceptUri = conceptUri;
    }

    public String getScheme() {
        return scheme;
    }

    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
