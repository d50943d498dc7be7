package org.openxeco.web.site;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.openxeco.taxonomy.ShownLabels;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Labels of taxonomies and their values in the person's language, for the pages (see
 * {@link ShownLabels}: the taxonomy's own label in that language, the bundled taxonomies'
 * translated names, country and continent names).
 */
@Named
@ApplicationScoped
public class SiteLabels {

    /** The label of a taxonomy. */
    public String scheme(TaxonomyScheme scheme, Locale locale) {
        return ShownLabels.scheme(scheme, locale);
    }

    /** The label of a taxonomy value. */
    public String value(TaxonomyValue value, Locale locale) {
        return ShownLabels.value(value, locale);
    }
}
