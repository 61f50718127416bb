package cn.yinling.hotline.cases.casework;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of a case's timeline: opened, claimed, note, escalated, closed… */
@Entity
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private Instant at;
    private String kind;
    private String actor;
    private String note;

    protected CaseEvent() {
    }

    CaseEvent(Long caseId, Instant at, String kind, String actor, String note) {
        this.caseId = caseId;
        this.at = at;
        this.kind = kind;
        this.actor = actor;
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
    }

    public Long getCaseId() {
        return caseId;
    }

    public Instant getAt() {
        return at;
    }

    public String getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }
}
