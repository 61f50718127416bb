package cn.yinling.hotline.cases.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rating a visit on a follow-up call: the stars are kept, and 1–2 stars open a complaint. */
class FollowUpCallsTest extends CasesSpringTest {

    private static final LocalDateTime THURSDAY_10 = LocalDateTime.of(2026, 3, 5, 10, 0);

    @Autowired
    FollowUpCalls followUps;
    @Autowired
    Cases cases;

    @Test
    void fourStarsAreKeptWithoutACase() {
        Booking b = visited();
        assertThat(followUps.rate(b.getId(), 4).complaint()).isNull();
        assertThat(bookings.recordOf(b.getId()).orElseThrow().getRating()).isEqualTo(4);
        assertThat(cases.ofElder(new cn.yinling.hotline.cases.elder.ElderId(b.getElderId()))).isEmpty();
    }

    @Test
    void twoStarsOpenAComplaintAboutTheVisit() {
        Booking b = visited();
        VisitRating r = followUps.rate(b.getId(), 2);
        assertThat(cases.get(r.complaint().value())).satisfies(c -> {
            assertThat(c.getType()).isEqualTo(CaseType.COMPLAINT);
            assertThat(c.getSubject()).contains("2分");
        });
    }

    @Test
    void onlyKeysOneToFiveAreStarsAndOnlyRecordedVisitsAreCalledAbout() {
        assertThat(FollowUpCalls.starsOfKey("1")).hasValue(1);
        assertThat(FollowUpCalls.starsOfKey("5")).hasValue(5);
        assertThat(FollowUpCalls.starsOfKey("6")).isEmpty();
        assertThat(FollowUpCalls.starsOfKey("0")).isEmpty();
        assertThat(FollowUpCalls.starsOfKey("#")).isEmpty();
        assertThatThrownBy(() -> followUps.rate(1L, 6)).isInstanceOf(IllegalArgumentException.class);
        street.worker(community, 1);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        assertThat(followUps.callFor(book(e, "cleaning", THURSDAY_10, 60).getId())).isEmpty();
    }

    private Booking visited() {
        street.worker(community, 1);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = book(e, "cleaning", THURSDAY_10, 60);
        bookings.recordService(b.getId(), 60, true, null, "worker");
        assertThat(followUps.callFor(b.getId())).hasValueSatisfying(c -> assertThat(c.surname()).isEqualTo("王"));
        return b;
    }
}
