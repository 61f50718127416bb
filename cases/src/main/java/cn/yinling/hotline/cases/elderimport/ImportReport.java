package cn.yinling.hotline.cases.elderimport;

import java.util.List;

/**
 * The report of a dry run or an import: every row's outcome, and the file's own problems (a required
 * column missing), which stop the whole file. {@code written} is false for a dry run.
 */
public record ImportReport(List<RowReport> rows, List<ImportColumn> missingColumns, boolean written) {

    public ImportReport {
        rows = List.copyOf(rows);
        missingColumns = List.copyOf(missingColumns);
    }

    public long count(RowReport.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public List<RowReport> skipped() {
        return rows.stream().filter(r -> r.outcome() == RowReport.Outcome.SKIPPED).toList();
    }

    /** Whether anything would be (or was) written. */
    public boolean anythingToWrite() {
        return missingColumns.isEmpty()
                && rows.stream().anyMatch(r -> r.outcome() == RowReport.Outcome.NEW || r.outcome() == RowReport.Outcome.UPDATE);
    }
}
