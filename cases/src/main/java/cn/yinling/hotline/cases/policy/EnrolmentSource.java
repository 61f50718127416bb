package cn.yinling.hotline.cases.policy;

/**
 * Who decided an enrolment: an enrolment made outright (the demo street, an approved application),
 * the policy's eligibility rules, or staff overruling them. The rules only ever change their own.
 */
public enum EnrolmentSource { ENROLMENT, RULES, STAFF }
