package cn.yinling.hotline.cases.eligibility;

import cn.yinling.hotline.cases.elder.ElderRecordChanged;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Re-applies the rules whenever an elder's record changes, in the same transaction as the change. */
@Component
class RecordChangeListener {

    private final Enrolments enrolments;
    private final Clock clock;

    RecordChangeListener(Enrolments enrolments, Clock clock) {
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @EventListener
    void on(ElderRecordChanged changed) {
        enrolments.evaluate(changed.elderId(), LocalDate.now(clock), Trigger.valueOf(changed.cause().name()), null);
    }
}
