package cn.yinling.hotline.cases.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.followup.FollowUpRefusedException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Scheduling a follow-up call (回访) puts a FOLLOW_UP case in the queue, due when the call should be made. */
class FollowUpSchedulingTest extends CasesSpringTest {

    @Autowired
    FollowUpCalls followUps;

    @Test
    void aFollowUpAboutTheEldersVisitIsDueWhenAsked() {
        street.worker(community, 1);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = book(e, "cleaning", LocalDateTime.of(2026, 3, 5, 10, 0), 60);
        Instant due = clock.instant().plus(Duration.ofDays(4));
        CareCase c = followUps.schedule(e.elderId(), b.getId(), due, "保洁后回访满意度", "agent1");
        assertThat(c.getType()).isEqualTo(CaseType.FOLLOW_UP);
        assertThat(c.getDueAt()).isEqualTo(due);
        assertThat(c.getBookingId()).isEqualTo(b.getId());
        assertThat(c.getElderId()).isEqualTo(e.getId());
    }

    @Test
    void aFollowUpIsNeverDueInThePastOrMonthsAhead() {
        Elder e = street.elderWithPolicy(community, null);
        assertThatThrownBy(() -> followUps.schedule(e.elderId(), null, clock.instant(), null, "agent1"))
                .isInstanceOfSatisfying(FollowUpRefusedException.class, x -> assertThat(x.reason()).isEqualTo(Reason.IN_THE_PAST));
        assertThatThrownBy(() -> followUps.schedule(e.elderId(), null, clock.instant().plus(Duration.ofDays(91)), null,
                "agent1"))
                .isInstanceOfSatisfying(FollowUpRefusedException.class, x -> assertThat(x.reason()).isEqualTo(Reason.TOO_FAR_AHEAD));
    }

    @Test
    void anotherEldersBookingIsRefused() {
        street.worker(community, 1);
        Elder mine = street.elderWithPolicy(community, "ANQING_FREE");
        Elder other = street.elderWithPolicy(community, "ANQING_FREE");
        Booking theirs = book(other, "cleaning", LocalDateTime.of(2026, 3, 5, 14, 0), 60);
        assertThatThrownBy(() -> followUps.schedule(mine.elderId(), theirs.getId(), clock.instant().plus(Duration.ofDays(1)),
                null, "agent1"))
                .isInstanceOfSatisfying(FollowUpRefusedException.class,
                        x -> assertThat(x.reason()).isEqualTo(Reason.UNKNOWN_BOOKING));
    }
}
