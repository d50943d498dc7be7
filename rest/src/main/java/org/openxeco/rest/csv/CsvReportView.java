package org.openxeco.rest.csv;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.openxeco.kernel.FieldError;
import org.openxeco.media.CsvReport;
import org.openxeco.media.RowOutcome;
import org.openxeco.media.RowResult;
import org.openxeco.rest.ApiEnums;

/**
 * The report of a CSV import: its mode, whether it was applied, the count per outcome and
 * one entry per row (line, outcome, id, and the failing columns of a rejected row).
 */
@JsonbPropertyOrder({"mode", "applied", "counts", "rows"})
public record CsvReportView(String mode, boolean applied, Map<String, Long> counts,
        List<RowView> rows) {

    /** One row of the report. */
    @JsonbPropertyOrder({"line", "outcome", "id", "errors"})
    public record RowView(int line, String outcome, String id, List<FieldError> errors) {

        static RowView of(RowResult row) {
            return new RowView(row.line(), ApiEnums.name(row.outcome()),
                    row.uuid() == null ? null : row.uuid().toString(),
                    row.errors().isEmpty() ? null : row.errors());
        }
    }

    static CsvReportView of(CsvReport report, List<RowResult> rows) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (RowOutcome outcome : RowOutcome.values()) {
            counts.put(ApiEnums.name(outcome), report.count(outcome));
        }
        return new CsvReportView(ApiEnums.name(report.mode()), report.applied(), counts,
                rows.stream().map(RowView::of).toList());
    }
}
