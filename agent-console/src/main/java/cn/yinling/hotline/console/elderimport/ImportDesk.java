package cn.yinling.hotline.console.elderimport;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.elderimport.ElderImport;
import cn.yinling.hotline.cases.elderimport.ImportColumn;
import cn.yinling.hotline.cases.elderimport.ImportReport;
import cn.yinling.hotline.cases.elderimport.RowProblem;
import cn.yinling.hotline.cases.elderimport.RowReport;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The console side of the import: the dry run and the import of a read file, the report worded in
 * Chinese (each problem as "column: what is wrong", the intake's wording where the intake has the
 * same problem), and the audit: one entry for the file with its counts, one per elder created or
 * updated (masked ID number only, as everywhere).
 */
@Service
class ImportDesk {

    /** How many rows without problems the page lists; the counts cover all of them. */
    static final int ROWS_SHOWN = 500;

    private final ElderImport elderImport;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;

    ImportDesk(ElderImport elderImport, ConsoleAudit audit, ConsoleMessages messages) {
        this.elderImport = elderImport;
        this.audit = audit;
        this.messages = messages;
    }

    /** One row of the report as the page shows it. */
    record Line(int row, String outcome, String outcomeLabel, String name, String idNumber, Long elderId,
            List<String> problems, List<String> notes) {
    }

    /** The report as the page shows it. */
    record View(String fileName, boolean written, long created, long updated, long unchanged, long skipped,
            List<String> missingColumns, List<String> ignoredHeaders, List<Line> problemLines, List<Line> lines,
            int moreLines) {
        public boolean importable() {
            return !written && missingColumns.isEmpty() && created + updated > 0;
        }
    }

    View check(ImportFile file) {
        return view(file, elderImport.check(file.columns(), file.rows()));
    }

    View run(ImportFile file, String agent) {
        ImportReport report = elderImport.run(file.columns(), file.rows(), agent, row -> {
            if (row.outcome() == RowReport.Outcome.NEW) {
                audit.record(agent, Action.CREATE, row.elderId(), "elderImported", row.fullName(), row.maskedIdNumber(),
                        file.fileName());
            } else {
                audit.record(agent, Action.UPDATE, row.elderId(), "elderImportUpdated", row.fullName(),
                        row.maskedIdNumber(), headers(row.changes()), file.fileName());
            }
        });
        audit.record(agent, Action.CREATE, null, "elderImport", file.fileName(), file.rows().size(),
                report.count(RowReport.Outcome.NEW), report.count(RowReport.Outcome.UPDATE),
                report.count(RowReport.Outcome.UNCHANGED), report.count(RowReport.Outcome.SKIPPED));
        return view(file, report);
    }

    private View view(ImportFile file, ImportReport report) {
        List<Line> all = report.rows().stream().map(this::line).toList();
        List<Line> withProblems = all.stream().filter(l -> !l.problems().isEmpty() || !l.notes().isEmpty()).toList();
        List<Line> others = all.stream().filter(l -> l.problems().isEmpty() && l.notes().isEmpty()).toList();
        return new View(file.fileName(), report.written(), report.count(RowReport.Outcome.NEW),
                report.count(RowReport.Outcome.UPDATE), report.count(RowReport.Outcome.UNCHANGED),
                report.count(RowReport.Outcome.SKIPPED), report.missingColumns().stream().map(ImportColumn::header).toList(),
                file.ignoredHeaders(), withProblems, others.subList(0, Math.min(ROWS_SHOWN, others.size())),
                Math.max(0, others.size() - ROWS_SHOWN));
    }

    private Line line(RowReport r) {
        List<String> notes = r.notes().stream().map(this::words).collect(Collectors.toList());
        if (r.outcome() == RowReport.Outcome.UPDATE) {
            notes.add(0, messages.get("elderImport.changes", headers(r.changes())));
        }
        if (r.householdWithRow() > 0) {
            notes.add(messages.get("elderImport.householdWithRow", String.valueOf(r.householdWithRow())));
        } else if (r.joinsHousehold()) {
            notes.add(messages.get("elderImport.joinsHousehold"));
        }
        return new Line(r.row(), r.outcome().name(), messages.get("elderImport.outcome." + r.outcome().name()),
                r.fullName(), r.maskedIdNumber(), r.elderId() == null ? null : r.elderId().value(),
                r.problems().stream().map(this::words).toList(), notes);
    }

    private String words(RowProblem p) {
        return p.column().header() + "：" + messages.get("intake.problem." + p.code(), p.args().toArray());
    }

    private static String headers(List<ImportColumn> columns) {
        return columns.stream().map(ImportColumn::header).collect(Collectors.joining("、"));
    }
}
