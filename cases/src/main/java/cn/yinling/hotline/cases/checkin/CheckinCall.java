package cn.yinling.hotline.cases.checkin;

import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Sex;
import java.time.LocalTime;

/**
 * What a check-in call needs to greet the elder.
 *
 * @param dueTime    local time the call was due (早上好 / 下午好)
 * @param inProgress whether the attempt still waits for its result (false: already recorded)
 */
public record CheckinCall(CheckinId id, ElderId elderId, String surname, Sex sex, LocalTime dueTime,
        boolean inProgress) {
}
