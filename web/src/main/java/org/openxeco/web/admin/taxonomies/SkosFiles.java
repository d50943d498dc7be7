package org.openxeco.web.admin.taxonomies;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.taxonomy.skos.SkosExport;
import org.openxeco.taxonomy.skos.SkosFormat;
import org.openxeco.taxonomy.skos.SkosImport;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The chosen scheme as a SKOS file (Turtle or JSON-LD), and a SKOS file or URL imported: the
 * scheme it created or completed is chosen and a summary shown, or each problem of a refused
 * file is listed by concept and field.
 */
@Named
@ViewScoped
public class SkosFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SkosExport export;

    @Inject
    transient SkosImport importer;

    @Inject
    TaxonomiesPage page;

    @Inject
    ValueTree tree;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private String url;
    private List<String> problems = new ArrayList<>();

    public StreamedContent getTurtle() {
        return download(SkosFormat.TURTLE);
    }

    public StreamedContent getJsonLd() {
        return download(SkosFormat.JSON_LD);
    }

    /** Imports an uploaded SKOS file, its format told by its name. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        run(file.getFileName(), () -> importer.importFile(file.getContent(),
                null, file.getFileName()));
    }

    /** Fetches and imports the SKOS file at the URL given. */
    public void importUrl() {
        run(url, () -> importer.importUrl(url));
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** Each problem of the last refused file, as {@code field – problem}. */
    public List<String> getProblems() {
        return problems;
    }

    private void run(String source, Supplier<SkosImport.Summary> work) {
        problems = new ArrayList<>();
        try {
            SkosImport.Summary summary = work.get();
            texts.info(summary.newScheme() ? "tax.skos.created" : "tax.skos.merged", source,
                    summary.code(), summary.created(), summary.updated(), summary.unchanged(),
                    summary.exactMatches());
            boolean sameScheme = summary.scheme().equals(page.getSelected());
            page.show(summary.scheme());
            if (sameScheme) {
                tree.reload();
            }
        } catch (InvalidInputException refused) {
            for (FieldError error : refused.errors()) {
                problems.add(texts.problem(error));
            }
            texts.error(null, texts.get("tax.skos.refused", source, problems.size()));
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
    }

    private StreamedContent download(SkosFormat format) {
        SchemeRow scheme = page.getSelectedRow();
        byte[] bytes = export.export(scheme.uuid(), format);
        return DefaultStreamedContent.builder().name(scheme.code() + "." + format.suffix())
                .contentType(format.mediaType() + "; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}
