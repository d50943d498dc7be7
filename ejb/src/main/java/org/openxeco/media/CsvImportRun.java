package org.openxeco.media;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.Problems;

/**
 * Runs the rows of a CSV file through a format's row handler in one of the two modes. Row
 * by row, each row is applied in a transaction of its own. All or nothing, each row is
 * first tried in a transaction that is rolled back; only if none is rejected are the rows
 * applied again, all in one transaction, which a late refusal rolls back whole.
 */
public final class CsvImportRun {

    /** Applies one row inside the current transaction; refusals are thrown. */
    @FunctionalInterface
    public interface RowHandler {
        RowResult apply(CsvRow row);
    }

    private static final Logger LOG = Logger.getLogger(CsvImportRun.class.getName());
    private static final int ROWS_BETWEEN_FLUSHES = 100;

    /**
     * Rows, at most, of one all-or-nothing import. They are applied in one transaction,
     * which holds the node's write lock: other writers wait for it (a few seconds at most)
     * and the transaction must end within the server's time limit. Larger files go row by
     * row, or in parts; they are refused before any row is read.
     */
    public static final int MAX_ALL_OR_NOTHING_ROWS = 1000;

    private final CsvTransactions transactions;
    private final RowHandler handler;
    private final Function<DomainException, List<FieldError>> columns;

    /**
     * A run with the given transactions, row handler, and the mapping of a refusal to the
     * columns it concerns.
     */
    public CsvImportRun(CsvTransactions transactions, RowHandler handler,
            Function<DomainException, List<FieldError>> columns) {
        this.transactions = transactions;
        this.handler = handler;
        this.columns = columns;
    }

    /** Imports the rows; cells of the unique columns may appear on one row only. */
    public CsvReport run(List<CsvRow> rows, ImportMode mode, List<String> uniqueColumns) {
        boolean keep = mode == ImportMode.ROW_BY_ROW;
        if (!keep && rows.size() > MAX_ALL_OR_NOTHING_ROWS) {
            throw Problems.invalid("mode", "csv.allOrNothing.tooMany", MAX_ALL_OR_NOTHING_ROWS,
                    rows.size());
        }
        Map<Integer, RowResult> duplicates = duplicates(rows, uniqueColumns);
        List<RowResult> results = new ArrayList<>();
        for (CsvRow row : rows) {
            RowResult duplicate = duplicates.get(row.line());
            results.add(duplicate != null ? duplicate : attempt(row, keep));
        }
        if (keep) {
            return new CsvReport(mode, true, results);
        }
        if (results.stream().anyMatch(r -> r.outcome() == RowOutcome.REJECTED)) {
            return new CsvReport(mode, false, results);
        }
        return applyAll(rows, results);
    }

    private RowResult attempt(CsvRow row, boolean keep) {
        try {
            return transactions.inNewTransaction(() -> {
                RowResult result = handler.apply(row);
                if (!keep || !result.outcome().changes()) {
                    throw new RowRolledBack(result);
                }
                return result;
            });
        } catch (RowRolledBack e) {
            return e.result();
        } catch (DomainException e) {
            return RowResult.rejected(row.line(), uuid(row), columns.apply(e));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not store the row on line " + row.line(), e);
            // The database's own words stay in the log; the report says what to do.
            return RowResult.rejected(row.line(), uuid(row), List.of(Problems.field("row",
                    "csv.row.failed")));
        }
    }

    private CsvReport applyAll(List<CsvRow> rows, List<RowResult> tried) {
        List<RowResult> applied = new ArrayList<>(tried);
        int[] current = {-1};
        try {
            transactions.inNewTransaction(() -> {
                int sinceFlush = 0;
                for (int i = 0; i < rows.size(); i++) {
                    if (!tried.get(i).outcome().changes()) {
                        continue;
                    }
                    current[0] = i;
                    RowResult result = handler.apply(rows.get(i));
                    if (result.outcome() == RowOutcome.REJECTED) {
                        throw new RowRolledBack(result);
                    }
                    applied.set(i, result);
                    if (++sinceFlush == ROWS_BETWEEN_FLUSHES) {
                        transactions.flushAndClear();
                        sinceFlush = 0;
                    }
                }
                return null;
            });
        } catch (RowRolledBack e) {
            return refused(tried, current[0], e.result());
        } catch (DomainException e) {
            CsvRow row = rows.get(current[0]);
            return refused(tried, current[0], RowResult.rejected(row.line(), uuid(row),
                    columns.apply(e)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not store the rows of a CSV file", e);
            int at = Math.max(current[0], 0);
            return refused(tried, at, RowResult.rejected(rows.get(at).line(), uuid(rows.get(at)),
                    List.of(Problems.field("row", "csv.file.failed"))));
        }
        return new CsvReport(ImportMode.ALL_OR_NOTHING, true, applied);
    }

    private static CsvReport refused(List<RowResult> tried, int index, RowResult failure) {
        List<RowResult> results = new ArrayList<>(tried);
        results.set(index, failure);
        return new CsvReport(ImportMode.ALL_OR_NOTHING, false, results);
    }

    private static Map<Integer, RowResult> duplicates(List<CsvRow> rows, List<String> unique) {
        Map<Integer, RowResult> rejected = new HashMap<>();
        for (String column : unique) {
            Map<String, Integer> firstLine = new HashMap<>();
            for (CsvRow row : rows) {
                String value = row.get(column);
                if (value == null) {
                    continue;
                }
                Integer first = firstLine.putIfAbsent(value.toLowerCase(java.util.Locale.ROOT),
                        row.line());
                if (first != null) {
                    RowResult earlier = rejected.get(row.line());
                    List<FieldError> errors = new ArrayList<>(earlier == null ? List.of()
                            : earlier.errors());
                    errors.add(Problems.field(column, "csv.row.duplicate", column, first));
                    rejected.put(row.line(), RowResult.rejected(row.line(), uuid(row), errors));
                }
            }
        }
        return rejected;
    }

    /**
     * The outcome of a row that was applied to a stored object: unchanged when it changed
     * nothing, else updated only if the row carries the version it was read at; a missing
     * or older version is a conflict (the row's transaction is then rolled back).
     */
    public static RowResult versionChecked(int line, UUID uuid, boolean unchanged, Long given,
            long current) {
        if (unchanged) {
            return new RowResult(line, RowOutcome.UNCHANGED, uuid, List.of());
        }
        if (given == null) {
            return RowResult.rejected(line, uuid, List.of(Problems.field("version",
                    "csv.version.missing")));
        }
        if (given != current) {
            return RowResult.rejected(line, uuid, List.of(Problems.field("version",
                    "csv.version.changed", given, current)));
        }
        return new RowResult(line, RowOutcome.UPDATED, uuid, List.of());
    }

    /** The UUID a row names, or null when it names none or no valid one. */
    public static UUID uuid(CsvRow row) {
        try {
            return row.get("uuid") == null ? null : UUID.fromString(row.get("uuid"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
