package cn.yinling.hotline.cases.agent;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Who viewed or changed an elder's record, and when; also console sign-in lock-outs. Append-only.
 * {@code elderId} and {@code caseId} are set when the entry concerns one elder or one case, so the
 * audit log page can search by them; the detail names ids, never what was shown.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    /**
     * At most 20 characters (the column). MONITOR: a supervisor listened to, whispered into or joined a
     * live call. CALL: an agent had the hotline dial a number for them (click-to-call).
     */
    public enum Action { VIEW, UPDATE, CREATE, EXPORT, SIGN_IN_LOCKED, MONITOR, CALL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String actor;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;
    private Long elderId;
    private Long caseId;
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, Action action, Long elderId, Long caseId, String detail) {
        this.at = at;
        this.actor = actor == null || actor.length() <= 60 ? actor : actor.substring(0, 60);
        this.action = action;
        this.elderId = elderId;
        this.caseId = caseId;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public Long getElderId() {
        return elderId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getDetail() {
        return detail;
    }
}
