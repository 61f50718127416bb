package cn.yinling.hotline.cases.reminder;

import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Sex;
import java.time.LocalDateTime;

/** What the reminder call says: whom it greets, when the visit is and for which service. */
public record ReminderCall(long id, long bookingId, ElderId elderId, String surname, Sex sex, LocalDateTime startsAt,
        String serviceName, ReminderState state) {

    public boolean inProgress() {
        return state == ReminderState.CALLING;
    }
}
