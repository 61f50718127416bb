package cn.yinling.hotline.cases.casework;

/**
 * DIALER_DOWN: the outbound dialer cannot place calls and check-ins wait for it (one case for all of them).
 * ENQUIRY: a question or request an agent took by hand (a direct call, a visitor, a call they made).
 */
public enum CaseType { COMPLAINT, EMERGENCY, HANDOFF, CHECKIN_ALERT, FOLLOW_UP, DIALER_DOWN, ENQUIRY }
