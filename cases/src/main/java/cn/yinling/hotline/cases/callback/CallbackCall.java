package cn.yinling.hotline.cases.callback;

import cn.yinling.hotline.cases.casework.CaseId;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Sex;

/**
 * An answered callback, as the {@code callback} script needs it: whom to greet (surname and sex,
 * null for a caller the hotline does not know) and what to hand to the agents' queue, with the
 * number called (the channel's own caller ID is the hotline's, set by the Originate).
 */
public record CallbackCall(CallbackId id, CaseId caseId, ElderId elderId, Priority priority, String phone,
        String surname, Sex sex) {
}
