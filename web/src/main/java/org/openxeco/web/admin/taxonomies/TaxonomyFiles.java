package org.openxeco.web.admin.taxonomies;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.taxonomy.TaxonomyExport;
import org.openxeco.taxonomy.TaxonomyInstaller;
import org.openxeco.taxonomy.TaxonomyInstaller.ImportSummary;
import org.openxeco.web.ui.Preferences;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The chosen scheme as a CSV file in the person's language, and a CSV file merged into it:
 * the summary of what changed, or each bad line of a refused file.
 */
@Named
@ViewScoped
public class TaxonomyFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TaxonomyExport export;

    @Inject
    transient TaxonomyInstaller installer;

    @Inject
    TaxonomiesPage page;

    @Inject
    ValueTree tree;

    @Inject
    Preferences preferences;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private List<String> problems = new ArrayList<>();

    /** The CSV file of the chosen scheme, labels in the person's language. */
    public StreamedContent getCsv() {
        SchemeRow scheme = page.getSelectedRow();
        byte[] csv = export.exportCsv(scheme.uuid(), preferences.getLanguage());
        return DefaultStreamedContent.builder().name(scheme.code() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** Merges an uploaded CSV file into the chosen scheme, labels in the person's language. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        UUID scheme = page.getSelected();
        problems = new ArrayList<>();
        try (InputStream in = file.getInputStream()) {
            ImportSummary summary = installer.mergeCsv(scheme, in, file.getFileName(),
                    preferences.getLanguage());
            texts.info("tax.import.summary", file.getFileName(), summary.created(),
                    summary.updated(), summary.unchanged());
            page.refresh();
            tree.reload();
        } catch (InvalidInputException refused) {
            for (FieldError error : refused.errors()) {
                problems.add(texts.problem(error));
            }
            texts.error(null, texts.get("tax.import.refused", file.getFileName(),
                    problems.size()));
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        } catch (IOException e) {
            texts.error(null, texts.get("tax.import.unreadable", file.getFileName()));
        }
    }

    /** Each bad line of the last refused file, as {@code file:line – problem}. */
    public List<String> getProblems() {
        return problems;
    }
}
