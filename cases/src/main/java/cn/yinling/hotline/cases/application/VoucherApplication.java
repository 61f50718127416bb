package cn.yinling.hotline.cases.application;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One application for a subsidy policy. Its state only changes through {@link VoucherApplications},
 * which checks the transition and the role; the version makes two reviewers acting at once collide
 * instead of both moving it on.
 */
@Entity
public class VoucherApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long elderId;
    private String policyCode;
    @Enumerated(EnumType.STRING)
    private ApplicationChannel channel;
    @Enumerated(EnumType.STRING)
    private ApplicantKind applicantKind;
    private String applicantName;
    private String documents;
    @Enumerated(EnumType.STRING)
    private ApplicationState state;
    private LocalDate stateSince;
    private LocalDate noticeEndsOn;
    private LocalDate enrolledFrom;
    private String refusalReason;
    private String submittedBy;
    private Instant submittedAt;
    @Version
    private long version;

    protected VoucherApplication() {
    }

    VoucherApplication(Long elderId, String policyCode, ApplicationChannel channel, ApplicantKind applicantKind,
            String applicantName, String documents, String submittedBy, Instant submittedAt, LocalDate today) {
        this.elderId = elderId;
        this.policyCode = policyCode;
        this.channel = channel;
        this.applicantKind = applicantKind;
        this.applicantName = applicantName;
        this.documents = documents;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.state = ApplicationState.SUBMITTED;
        this.stateSince = today;
    }

    void moveTo(ApplicationState to, LocalDate today) {
        this.state = to;
        this.stateSince = today;
        this.noticeEndsOn = null;
    }

    void startNotice(LocalDate today, int days) {
        moveTo(ApplicationState.PUBLIC_NOTICE, today);
        this.noticeEndsOn = today.plusDays(days - 1L);
    }

    void approve(LocalDate today, LocalDate from) {
        moveTo(ApplicationState.APPROVED, today);
        this.enrolledFrom = from;
    }

    void refuse(LocalDate today, String reason) {
        moveTo(ApplicationState.REFUSED, today);
        this.refusalReason = reason;
    }

    /** The last day of the current step before it is overdue; null for a final state or a step without a limit. */
    public LocalDate dueOn(ApplicationProperties properties) {
        Integer limit = state.isFinal() ? null : properties.limitFor(state);
        if (limit == null) {
            return null;
        }
        LocalDate from = state == ApplicationState.PUBLIC_NOTICE ? noticeEndsOn : stateSince;
        return from.plusDays(limit);
    }

    public boolean overdueOn(LocalDate today, ApplicationProperties properties) {
        LocalDate due = dueOn(properties);
        return due != null && today.isAfter(due);
    }

    public Long getId() {
        return id;
    }

    public Long getElderId() {
        return elderId;
    }

    public String getPolicyCode() {
        return policyCode;
    }

    public ApplicationChannel getChannel() {
        return channel;
    }

    public ApplicantKind getApplicantKind() {
        return applicantKind;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getDocuments() {
        return documents;
    }

    public ApplicationState getState() {
        return state;
    }

    public LocalDate getStateSince() {
        return stateSince;
    }

    public LocalDate getNoticeEndsOn() {
        return noticeEndsOn;
    }

    public LocalDate getEnrolledFrom() {
        return enrolledFrom;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
