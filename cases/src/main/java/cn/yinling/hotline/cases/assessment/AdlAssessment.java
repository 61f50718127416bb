package cn.yinling.hotline.cases.assessment;

import cn.yinling.hotline.cases.elder.Adl;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** One ADL assessment in an elder's history: when, why, by whom, the five items, and who entered it. */
@Entity
public class AdlAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long elderId;
    private LocalDate assessedOn;
    @Enumerated(EnumType.STRING)
    private AssessmentKind kind;
    private String assessor;
    @Embedded
    private Adl adl;
    private String notes;
    private String recordedBy;
    private Instant recordedAt;

    protected AdlAssessment() {
    }

    AdlAssessment(Long elderId, LocalDate assessedOn, AssessmentKind kind, String assessor, Adl adl, String notes,
            String recordedBy, Instant recordedAt) {
        this.elderId = elderId;
        this.assessedOn = assessedOn;
        this.kind = kind;
        this.assessor = assessor;
        this.adl = adl;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getElderId() {
        return elderId;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public String getAssessor() {
        return assessor;
    }

    public Adl getAdl() {
        return adl;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
