package org.openxeco.web.admin.network;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.network.sync.SyncRun;
import org.openxeco.network.sync.SyncService;
import org.openxeco.network.sync.TaxonomyFetch;
import org.openxeco.taxonomy.ShownLabels;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.web.ui.Preferences;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * Imports from the peer shown in the browser: the chosen rows, everything that matches the
 * filter, or a taxonomy (whole, or the subtree below one of its concepts). Each import says
 * what its run did and the run log and the rows' badges are read again.
 */
@Named
@ViewScoped
public class PeerImports implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "browse";

    @Inject
    transient SyncService sync;

    @Inject
    transient TaxonomyFetch taxonomies;

    @Inject
    PeerBrowser browser;

    @Inject
    PeerSyncPanel panel;

    @Inject
    Preferences preferences;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private String subtree;
    private Long lastRun;

    /** Imports the rows the admin ticked. */
    public void importSelected() {
        List<String> uris = browser.getSelection().stream().map(CatalogueRow::uri).toList();
        if (uris.isEmpty()) {
            texts.error(null, texts.get("net.import.noneChosen"));
            return;
        }
        report(() -> sync.importObjects(browser.getPeer().uuid(), uris));
    }

    /** Imports every entity or article of the peer that matches the filter shown. */
    public void importMatching() {
        report(() -> sync.importMatching(browser.getPeer().uuid(), browser.getKind(),
                browser.getText(), browser.getTag(), browser.wireType()));
    }

    /** Imports a taxonomy of the peer, or only the subtree below the concept typed. */
    public void importTaxonomy(CatalogueRow row) {
        boolean part = subtree != null && !subtree.isBlank();
        try {
            TaxonomyScheme scheme = taxonomies.importScheme(browser.getPeer().uuid(), row.uri(),
                    part ? subtree.strip() : null);
            texts.info(part ? "net.import.subtree.done" : "net.import.taxonomy.done",
                    ShownLabels.scheme(scheme, preferences.getLocale()), scheme.getCode());
            browser.reload();
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
        }
    }

    private void report(Supplier<SyncRun> work) {
        try {
            SyncRun run = work.get();
            lastRun = run.getId();
            texts.info("net.import.done", run.getCreated(), run.getUpdated(), run.getUnchanged(),
                    run.getConflicts(), run.getErrors(), texts.get("net.run.state."
                            + run.getState()));
            browser.reload();
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
        }
        panel.refresh();
    }

    /** Whether the filter shown may be imported as a whole (entities and articles). */
    public boolean isMatchable() {
        return !"taxonomies".equals(browser.getKind());
    }

    public Long getLastRun() {
        return lastRun;
    }

    public String getSubtree() {
        return subtree;
    }

    public void setSubtree(String subtree) {
        this.subtree = subtree;
    }
}
