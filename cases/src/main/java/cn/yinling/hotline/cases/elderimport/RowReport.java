package cn.yinling.hotline.cases.elderimport;

import cn.yinling.hotline.cases.elder.ElderId;
import java.util.List;

/**
 * What the import does (or did) with one row: a new elder, an update of the elder on file with that
 * ID number (and which columns change), nothing (the record already says it), or skipped for its
 * problems. {@code notes} are said but do not skip the row (an address the import does not change).
 * {@code householdWithRow} is the first row of the file in the same household, 0 when none;
 * {@code joinsHousehold} when a new elder joins a household already on file.
 */
public record RowReport(int row, Outcome outcome, String fullName, String maskedIdNumber, ElderId elderId,
        List<ImportColumn> changes, List<RowProblem> problems, List<RowProblem> notes, int householdWithRow,
        boolean joinsHousehold) {

    public enum Outcome { NEW, UPDATE, UNCHANGED, SKIPPED }

    public RowReport {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    RowReport written(ElderId id) {
        return new RowReport(row, outcome, fullName, maskedIdNumber, id, changes, problems, notes, householdWithRow,
                joinsHousehold);
    }
}
