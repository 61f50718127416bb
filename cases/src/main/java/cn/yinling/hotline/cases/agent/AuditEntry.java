package cn.yinling.hotline.cases.agent;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who viewed or changed an elder's record, and when. Append-only. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    public enum Action { VIEW, UPDATE, CREATE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String actor;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;
    private Long elderId;
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, Action action, Long elderId, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.elderId = elderId;
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

    public String getDetail() {
        return detail;
    }
}
