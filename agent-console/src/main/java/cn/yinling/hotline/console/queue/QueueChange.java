package cn.yinling.hotline.console.queue;

import cn.yinling.hotline.cases.casework.CaseChanged;
import cn.yinling.hotline.cases.casework.CaseOpened;

/**
 * One change of the queue, as pushed to browsers and passed between nodes: which case, what kind of
 * change ({@code opened} or {@code changed}) and a detail (the case type or the new status).
 */
record QueueChange(long caseId, String kind, String detail) {

    static QueueChange of(CaseOpened opened) {
        return new QueueChange(opened.caseId().value(), "opened", String.valueOf(opened.type()));
    }

    static QueueChange of(CaseChanged changed) {
        return new QueueChange(changed.caseId().value(), "changed", String.valueOf(changed.status()));
    }

    /** What the browser receives as the event's data; it only needs to know that it should re-read the queue. */
    String eventData() {
        return detail + ":" + caseId;
    }
}
