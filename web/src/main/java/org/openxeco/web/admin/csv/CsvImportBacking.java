package org.openxeco.web.admin.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.media.CsvReport;
import org.openxeco.media.ImportMode;
import org.openxeco.media.RowOutcome;
import org.openxeco.media.RowResult;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The upload of a CSV file on a list page: the mode the administrator chose, then the
 * report of the last file (a row per line with its outcome and failing columns), or the
 * problems of a file refused as a whole.
 */
public abstract class CsvImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private ImportMode mode = ImportMode.ALL_OR_NOTHING;
    private CsvReport report;
    private final List<String> problems = new ArrayList<>();

    /** Imports the file through the page's service. */
    protected abstract CsvReport importCsv(InputStream in, ImportMode mode);

    /** Imports an uploaded file and keeps its report for the table. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        report = null;
        problems.clear();
        try (InputStream in = file.getInputStream()) {
            report = importCsv(in, mode);
            if (report.applied()) {
                texts.info("csv.import.done", file.getFileName(), count(RowOutcome.CREATED),
                        count(RowOutcome.UPDATED), count(RowOutcome.UNCHANGED),
                        count(RowOutcome.REJECTED));
            } else {
                texts.error(null, texts.get("csv.import.refused", file.getFileName(),
                        count(RowOutcome.REJECTED)));
            }
        } catch (InvalidInputException refused) {
            for (FieldError error : refused.errors()) {
                problems.add(texts.problem(error));
            }
            texts.error(null, texts.get("csv.import.unreadable", file.getFileName()));
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        } catch (IOException e) {
            texts.error(null, texts.get("csv.import.unreadable", file.getFileName()));
        }
    }

    /** How many rows of the last report had this outcome. */
    public long count(RowOutcome outcome) {
        return report == null ? 0 : report.count(outcome);
    }

    /** The failing columns of a row, each with its message, in the person's language. */
    public String errors(RowResult row) {
        return texts.problems(row.errors());
    }

    /** An outcome and how many rows had it, as the report's counts show them. */
    public String countText(RowOutcome outcome) {
        return texts.get("csv.count", texts.get("csv.outcome." + outcome), count(outcome));
    }

    public List<RowResult> getRows() {
        return report == null ? List.of() : report.rows();
    }

    public boolean isReported() {
        return report != null;
    }

    public boolean isApplied() {
        return report != null && report.applied();
    }

    /** The outcomes to count: all of them, or only rejections when nothing was applied. */
    public RowOutcome[] getOutcomes() {
        return isApplied() ? RowOutcome.values() : new RowOutcome[] {RowOutcome.REJECTED};
    }

    public List<String> getProblems() {
        return problems;
    }

    public ImportMode[] getModes() {
        return ImportMode.values();
    }

    public ImportMode getMode() {
        return mode;
    }

    public void setMode(ImportMode mode) {
        this.mode = mode;
    }
}
