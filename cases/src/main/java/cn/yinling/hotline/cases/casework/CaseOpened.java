package cn.yinling.hotline.cases.casework;

import cn.yinling.hotline.cases.elder.ElderId;

/** Published when a case is opened; the console's live queue and the notifiers listen to it. */
public record CaseOpened(CaseId caseId, ElderId elderId, CaseType type, Priority priority) {
}
