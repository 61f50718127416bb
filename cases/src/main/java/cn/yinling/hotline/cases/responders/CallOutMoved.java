package cn.yinling.hotline.cases.responders;

import cn.yinling.hotline.cases.casework.CaseId;

/** Published when a responder's answer (or its absence) was recorded: the call-out may go on at once. */
public record CallOutMoved(CaseId caseId, CallOutState state) {
}
