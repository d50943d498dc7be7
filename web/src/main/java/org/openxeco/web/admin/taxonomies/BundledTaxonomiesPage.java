package org.openxeco.web.admin.taxonomies;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.taxonomy.BundledTaxonomies;
import org.openxeco.taxonomy.TaxonomyInstaller;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/** The bundled taxonomies page: each with source, licence, scheme URI, state and a button. */
@Named
@ViewScoped
public class BundledTaxonomiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BundledTaxonomies bundled;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private List<BundledTaxonomies.Status> rows;

    /** The bundled taxonomies with their state, read once per view and after each install. */
    public List<BundledTaxonomies.Status> getRows() {
        if (rows == null) {
            rows = bundled.list();
        }
        return rows;
    }

    /** The state in words: not installed, incomplete with counts, installed with its count. */
    public String state(BundledTaxonomies.Status row) {
        return texts.get("tax.bundled.state." + row.state().name(), row.installedValues(),
                row.bundledValues());
    }

    /** Installs or completes one bundled taxonomy. */
    public void install(BundledTaxonomies.Status row) {
        try {
            TaxonomyInstaller.Report report = bundled.install(row.taxonomy().code());
            texts.info("tax.bundled.done", report.code(), report.added(), report.existing());
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        rows = null;
    }
}
