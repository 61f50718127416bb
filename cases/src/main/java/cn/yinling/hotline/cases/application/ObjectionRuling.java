package cn.yinling.hotline.cases.application;

/** What was decided about an objection raised during the public notice. */
public enum ObjectionRuling {
    /** Unfounded: the notice goes on. */
    DISMISSED,
    /** Upheld, needs another home visit: back to community review. */
    RETURNED,
    /** Upheld, the elder does not qualify: the application is refused. */
    REFUSED
}
