package cn.yinling.hotline.cases.checkin;

/** Where one check-in call attempt stands. Only PENDING and CALLING are still in progress. */
public enum CheckinState {
    PENDING, CALLING, FINE, NEEDS_HELP, NO_ANSWER, ALERTED
}
