package cn.yinling.hotline.cases.assessment;

import cn.yinling.hotline.cases.elder.Adl;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import cn.yinling.hotline.cases.elder.ElderRecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An elder's ADL assessments: each one is kept, and the record's current ADL (what the voucher rules
 * read, e.g. 3 of 5 items = unable to self-care) is the latest by date; an assessment entered late
 * for an earlier date joins the history without overriding a newer one.
 */
@Service
public class AdlAssessments {

    static final int LONGEST_ASSESSOR = 50;
    static final int LONGEST_NOTES = 500;

    /** What an assessment form can get wrong; each has its wording ({@code assessment.problem.*}). */
    public enum Problem { DATE_MISSING, DATE_IN_FUTURE, DATE_BEFORE_BIRTH, ASSESSOR_MISSING, ASSESSOR_TOO_LONG, NOTES_TOO_LONG, KIND_MISSING }

    private final AdlAssessmentRepository assessments;
    private final Elders elders;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AdlAssessments(AdlAssessmentRepository assessments, Elders elders, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.assessments = assessments;
        this.elders = elders;
        this.clock = clock;
    }

    /** The problems of an assessment for an elder born on {@code birthDate}; empty when it may be recorded. */
    public List<Problem> check(LocalDate assessedOn, AssessmentKind kind, String assessor, String notes, LocalDate birthDate) {
        List<Problem> problems = new ArrayList<>();
        if (assessedOn == null) {
            problems.add(Problem.DATE_MISSING);
        } else if (assessedOn.isAfter(LocalDate.now(clock))) {
            problems.add(Problem.DATE_IN_FUTURE);
        } else if (birthDate != null && assessedOn.isBefore(birthDate)) {
            problems.add(Problem.DATE_BEFORE_BIRTH);
        }
        if (kind == null) {
            problems.add(Problem.KIND_MISSING);
        }
        if (assessor == null || assessor.isBlank()) {
            problems.add(Problem.ASSESSOR_MISSING);
        } else if (assessor.strip().length() > LONGEST_ASSESSOR) {
            problems.add(Problem.ASSESSOR_TOO_LONG);
        }
        if (notes != null && notes.strip().length() > LONGEST_NOTES) {
            problems.add(Problem.NOTES_TOO_LONG);
        }
        return problems;
    }

    /**
     * Records an assessment {@link #check} accepted, and makes it the record's ADL when it is the latest.
     * An intake assessment is not announced: the intake announces the whole new record once it is complete.
     */
    @Transactional
    public AdlAssessment record(ElderId elderId, LocalDate assessedOn, AssessmentKind kind, String assessor, Adl adl,
            String notes, String recordedBy) {
        Elder e = elders.get(elderId);
        List<Problem> problems = check(assessedOn, kind, assessor, notes, e.getBirthDate());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Assessment refused: " + problems);
        }
        AdlAssessment a = assessments.save(new AdlAssessment(e.getId(), assessedOn, kind, assessor.strip(), adl,
                notes == null || notes.isBlank() ? null : notes.strip(), recordedBy, clock.instant()));
        if (e.getAdlAssessedOn() == null || !assessedOn.isBefore(e.getAdlAssessedOn())) {
            e.assess(adl, assessedOn);
            if (kind != AssessmentKind.INTAKE) {
                events.publishEvent(new ElderRecordChanged(elderId, ElderRecordChanged.Cause.ADL_ASSESSMENT));
            }
        }
        return a;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<AdlAssessment> history(ElderId elderId) {
        return assessments.findByElderIdOrderByAssessedOnDescIdDesc(elderId.value());
    }
}
