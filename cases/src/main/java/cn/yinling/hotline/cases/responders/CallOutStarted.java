package cn.yinling.hotline.cases.responders;

import cn.yinling.hotline.cases.casework.CaseId;

/** Published when an emergency's call-out has been written: a dialer may place its first call now. */
public record CallOutStarted(CaseId caseId) {
}
