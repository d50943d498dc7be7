package org.openxeco.taxonomy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.InputCheck;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.kernel.SystemTask;

/**
 * Sets the labels of a scheme or a value for several languages at once, leaving the other
 * languages as they are: a language given with a text gets that label, one given with an
 * empty text (or {@code null}) loses its label. At least one label always remains.
 * ({@link TaxonomyService#updateScheme} and {@link TaxonomyService#updateValue} replace all
 * labels with the ones given instead.)
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class TaxonomyLabels {

    private static final Logger LOG = Logger.getLogger(TaxonomyLabels.class.getName());

    @Inject
    Validator validator;

    @Inject
    ChangeLog changes;

    @Inject
    TaxonomyService taxonomies;

    @Resource
    SessionContext context;

    /** Sets or removes labels of a scheme per language; returns the scheme. */
    public TaxonomyScheme setSchemeLabels(UUID schemeUuid, long version,
            Map<String, String> labels) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        TaxonomyScheme scheme = taxonomies.scheme(schemeUuid);
        StaleVersionException.check("Taxonomy " + schemeUuid, version, scheme.getVersion());
        changes.track(scheme);
        Map<String, String> merged = merge(scheme.getLabels(), labels);
        if (!merged.equals(scheme.getLabels())) {
            scheme.setLabels(merged);
            InputCheck.validate(validator, scheme);
            changes.record(scheme);
            SystemTask.logChange(LOG, () -> "Changed labels of taxonomy " + schemeUuid);
        }
        return scheme;
    }

    /** Sets or removes labels of a value per language; returns the value. */
    public TaxonomyValue setValueLabels(UUID schemeUuid, UUID valueUuid, long version,
            Map<String, String> labels) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        TaxonomyValue value = taxonomies.value(schemeUuid, valueUuid);
        StaleVersionException.check("Taxonomy value " + valueUuid, version, value.getVersion());
        changes.track(value);
        Map<String, String> merged = merge(value.getLabels(), labels);
        if (!merged.equals(value.getLabels())) {
            value.setLabels(merged);
            InputCheck.validate(validator, value);
            changes.record(value);
            SystemTask.logChange(LOG, () -> "Changed labels of taxonomy value " + valueUuid);
        }
        return value;
    }

    private static Map<String, String> merge(Map<String, String> current,
            Map<String, String> changes) {
        if (changes == null || changes.isEmpty()) {
            throw Problems.invalid("labels", "labels.none");
        }
        Map<String, String> merged = new LinkedHashMap<>(current);
        for (Map.Entry<String, String> entry : changes.entrySet()) {
            if (entry.getKey() == null || entry.getKey().isBlank()) {
                throw Problems.invalid("labels", "labels.noLanguage");
            }
            String text = entry.getValue() == null ? "" : entry.getValue().strip();
            if (text.isEmpty()) {
                merged.remove(entry.getKey());
            } else {
                merged.put(entry.getKey(), text);
            }
        }
        return merged;
    }
}
