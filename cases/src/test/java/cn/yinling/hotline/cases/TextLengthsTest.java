package cn.yinling.hotline.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A text longer than its column is refused whole with {@link TextTooLongException}, naming the
 * field and the limit (not a database error, and never cut); one of exactly the limit is kept.
 */
class TextLengthsTest extends CasesSpringTest {

    private static final LocalDateTime THURSDAY_10 = LocalDateTime.of(2026, 3, 12, 10, 0);

    @Autowired
    Cases cases;

    @Test
    void aBookingNoteOverItsColumnIsRefusedAndNothingIsBooked() {
        street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        assertThatThrownBy(() -> bookings.book(withNote(e, "备".repeat(Bookings.MAX_NOTE + 1))))
                .isInstanceOfSatisfying(TextTooLongException.class, t -> {
                    assertThat(t.field()).isEqualTo("note");
                    assertThat(t.max()).isEqualTo(500);
                });
        assertThat(bookings.upcoming(e.elderId())).isEmpty();
        Booking kept = bookings.book(withNote(e, "备".repeat(Bookings.MAX_NOTE)));
        assertThat(kept.getNote()).hasSize(500);
    }

    @Test
    void aCancelReasonOverItsColumnIsRefusedAndTheBookingStays() {
        street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = bookings.book(withNote(e, null));
        assertThatThrownBy(() -> bookings.cancel(b.getId(), "因".repeat(201), "agent1"))
                .isInstanceOf(TextTooLongException.class);
        assertThat(bookings.find(b.getId()).orElseThrow().getStatus().name()).isNotEqualTo("CANCELLED");
    }

    @Test
    void aCaseNoteOverItsColumnIsRefusedAndTheTimelineUnchanged() {
        Elder e = street.elderWithPolicy(community, null);
        CareCase c = cases.openHandoff(e.elderId(), "老人要求转人工", Priority.NORMAL, Channel.CONSOLE, "agent1");
        assertThatThrownBy(() -> cases.addNote(c.getId(), "agent1", "记".repeat(Cases.MAX_NOTE + 1)))
                .isInstanceOfSatisfying(TextTooLongException.class, t -> assertThat(t.max()).isEqualTo(2000));
        assertThat(cases.timeline(c.getId())).hasSize(1);
        cases.addNote(c.getId(), "agent1", "记".repeat(Cases.MAX_NOTE));
        assertThat(cases.timeline(c.getId())).hasSize(2);
    }

    private BookingRequest withNote(Elder e, String note) {
        return new BookingRequest(e.elderId(), "cleaning", THURSDAY_10, null, Channel.CONSOLE, "agent1",
                UUID.randomUUID().toString(), false, note);
    }
}
