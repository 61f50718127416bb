package cn.yinling.hotline.cases.responders;

import cn.yinling.hotline.cases.casework.CaseId;

/** A responder a node has claimed to call now: the call ({@code callId}), the case, and the number to dial. */
public record DueResponderCall(long callId, CaseId caseId, String phone) {
}
