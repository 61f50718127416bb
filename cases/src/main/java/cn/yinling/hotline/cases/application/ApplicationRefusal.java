package cn.yinling.hotline.cases.application;

/** Why an action on an application was not carried out; each has its wording ({@code application.refusal.*}). */
public enum ApplicationRefusal {
    ILLEGAL_TRANSITION, ROLE_REQUIRED, NOTICE_RUNNING, OPEN_OBJECTIONS, REASON_MISSING, FINDINGS_MISSING,
    TEXT_TOO_LONG, POLICY_UNKNOWN, OBJECTOR_MISSING, OBJECTION_RULED, DATE_MISSING
}
