package cn.yinling.hotline.cases.application;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One move of an application, kept for good: from where to where, by whom in which role, when, and the note (findings, reason). */
@Entity
public class ApplicationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long applicationId;
    @Enumerated(EnumType.STRING)
    private ApplicationState fromState;
    @Enumerated(EnumType.STRING)
    private ApplicationState toState;
    private String actor;
    private String actorRole;
    private Instant at;
    private String note;

    protected ApplicationStep() {
    }

    ApplicationStep(Long applicationId, ApplicationState fromState, ApplicationState toState, String actor,
            String actorRole, Instant at, String note) {
        this.applicationId = applicationId;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.actorRole = actorRole;
        this.at = at;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public ApplicationState getFromState() {
        return fromState;
    }

    public ApplicationState getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public Instant getAt() {
        return at;
    }

    public String getNote() {
        return note;
    }
}
