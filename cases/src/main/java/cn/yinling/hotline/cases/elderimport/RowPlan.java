package cn.yinling.hotline.cases.elderimport;

import cn.yinling.hotline.cases.elder.Adl;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderFlags;
import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.intake.ResidentIdNumber;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One row read into what the record would hold, while the import checks it. A blank optional cell is
 * {@code null} here: on a new elder it means "no"/"none", on an elder on file it keeps what the record says.
 */
final class RowPlan {

    /** A family contact of the row (1 or 2); {@code consent} null when the cell is blank. */
    record Contact(int index, String name, String relation, PhoneNumber phone, Boolean consent) {
    }

    final ImportRow row;
    final List<RowProblem> problems = new ArrayList<>();
    final List<RowProblem> notes = new ArrayList<>();
    final List<ImportColumn> changes = new ArrayList<>();
    String fullName;
    ResidentIdNumber id;
    String digest;
    Registration registration;
    String street;
    String community;
    String address;
    String householdKey;
    List<PhoneNumber> phones;
    LivingSituation living;
    final Boolean[] flags = new Boolean[6];
    String healthNotes;
    LocalTime checkinTime;
    Adl adl;
    LocalDate adlDate;
    String adlAssessor;
    final List<Contact> contacts = new ArrayList<>();
    Elder existing;
    int householdWithRow;
    /** The household on file a new elder joins; 0 when a new one is made. */
    long householdOnFile;

    RowPlan(ImportRow row) {
        this.row = row;
    }

    void problem(ImportColumn column, String code, Object... args) {
        problems.add(RowProblem.of(column, code, args));
    }

    ElderFlags flagsOver(ElderFlags base) {
        return new ElderFlags(or(flags[0], base.sanwu()), or(flags[1], base.dibao()), or(flags[2], base.lowIncome()),
                or(flags[3], base.priorityVeteran()), or(flags[4], base.labourModel()), or(flags[5], base.disabled()));
    }

    private static boolean or(Boolean given, boolean base) {
        return given == null ? base : given;
    }

    RowReport.Outcome outcome() {
        if (!problems.isEmpty()) {
            return RowReport.Outcome.SKIPPED;
        }
        if (existing == null) {
            return RowReport.Outcome.NEW;
        }
        return changes.isEmpty() ? RowReport.Outcome.UNCHANGED : RowReport.Outcome.UPDATE;
    }

    RowReport report() {
        return new RowReport(row.number(), outcome(), fullName, id == null ? null : id.masked().value(),
                existing == null ? null : existing.elderId(), changes, problems, notes, householdWithRow, householdOnFile != 0L);
    }
}
