package cn.yinling.hotline.cases.application;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An objection raised during the public notice: who raised it, what it says, and what was decided. */
@Entity
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long applicationId;
    private String objector;
    private String content;
    private String recordedBy;
    private Instant recordedAt;
    @Enumerated(EnumType.STRING)
    private ObjectionRuling ruling;
    private String rulingNote;
    private String ruledBy;
    private Instant ruledAt;

    protected Objection() {
    }

    Objection(Long applicationId, String objector, String content, String recordedBy, Instant recordedAt) {
        this.applicationId = applicationId;
        this.objector = objector;
        this.content = content;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void rule(ObjectionRuling ruling, String note, String by, Instant at) {
        this.ruling = ruling;
        this.rulingNote = note;
        this.ruledBy = by;
        this.ruledAt = at;
    }

    public boolean isOpen() {
        return ruling == null;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getObjector() {
        return objector;
    }

    public String getContent() {
        return content;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public ObjectionRuling getRuling() {
        return ruling;
    }

    public String getRulingNote() {
        return rulingNote;
    }

    public String getRuledBy() {
        return ruledBy;
    }

    public Instant getRuledAt() {
        return ruledAt;
    }
}
