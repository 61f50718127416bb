package cn.yinling.hotline.cases.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.BookingRefusedException.Reason;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Household;
import cn.yinling.hotline.cases.elder.Registration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BookingsTest extends CasesSpringTest {

    private static final LocalDateTime THURSDAY_10 = LocalDateTime.of(2026, 3, 5, 10, 0);

    @Nested
    class LeadTime {

        @Test
        void anAppointmentInsideThePhoneLeadTimeIsRefusedWithTheEarliestAllowedStart() {
            street.worker(community, 1);
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            LocalDateTime tomorrow = cn.yinling.hotline.cases.CasesTestApplication.START.plusDays(1);
            assertThatThrownBy(() -> book(e, "bathing", tomorrow, 60))
                    .isInstanceOfSatisfying(BookingRefusedException.class, r -> {
                        assertThat(r.reason()).isEqualTo(Reason.LEAD_TIME);
                        assertThat(r.earliestAllowed()).isEqualTo(cn.yinling.hotline.cases.CasesTestApplication.START.plusHours(48));
                        assertThat(r.getMessage()).contains("48 hours ahead by phone");
                    });
            assertThat(balance(e).held()).isZero();
        }

        @Test
        void onlineBookingsOfAppointmentsNeedAWeek() {
            street.worker(community, 1);
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            BookingRequest wechat = new BookingRequest(e.elderId(), "bathing", THURSDAY_10, null, Channel.WECHAT,
                    "family", "k-" + community, false, null);
            assertThatThrownBy(() -> bookings.book(wechat))
                    .isInstanceOfSatisfying(BookingRefusedException.class, r -> assertThat(r.reason()).isEqualTo(Reason.LEAD_TIME));
            BookingRequest byPhone = new BookingRequest(e.elderId(), "bathing", THURSDAY_10, null, Channel.VOICE,
                    "elder", "k2-" + community, false, null);
            assertThat(bookings.book(byPhone).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        }

        @Test
        void aDateBeyondTheCatalogsHorizonIsRefusedWithTheLastDayAllowed() {
            street.worker(community, 1);
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            LocalDateTime start = cn.yinling.hotline.cases.CasesTestApplication.START;
            LocalDate lastDay = start.toLocalDate().plusDays(90);
            assertThatThrownBy(() -> book(e, "cleaning", LocalDateTime.of(2099, 12, 21, 9, 0), 60))
                    .isInstanceOfSatisfying(BookingRefusedException.class, r -> {
                        assertThat(r.reason()).isEqualTo(Reason.BEYOND_HORIZON);
                        assertThat(r.lastDay()).isEqualTo(lastDay);
                    });
            assertThatThrownBy(() -> book(e, "cleaning", lastDay.plusDays(1).atTime(10, 0), 60))
                    .isInstanceOfSatisfying(BookingRefusedException.class, r -> assertThat(r.reason()).isEqualTo(Reason.BEYOND_HORIZON));
            Booking last = book(e, "cleaning", lastDay.atTime(10, 0), 60);
            assertThat(last.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
            assertThatThrownBy(() -> bookings.reschedule(last.getId(), lastDay.plusDays(7).atTime(10, 0), Channel.VOICE, "test"))
                    .isInstanceOfSatisfying(BookingRefusedException.class, r -> assertThat(r.reason()).isEqualTo(Reason.BEYOND_HORIZON));
            assertThat(bookings.find(last.getId()).orElseThrow().getStartsAt()).isEqualTo(lastDay.atTime(10, 0));
        }

        @Test
        void aStartInThePastIsRefused() {
            street.worker(community, 1);
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            assertThatThrownBy(() -> book(e, "cleaning", cn.yinling.hotline.cases.CasesTestApplication.START.minusDays(1), 60))
                    .isInstanceOfSatisfying(BookingRefusedException.class, r -> assertThat(r.reason()).isEqualTo(Reason.IN_THE_PAST));
        }
    }

    @Nested
    class Capacity {

        @Test
        void aWorkerWithOneSlotTakesOneVisitAtATimeAndFreeTimesAreOffered() {
            street.worker(community, 1);
            Elder a = street.elderWithPolicy(community, "ANQING_FREE");
            Elder b = street.elderWithPolicy(community, "ANQING_FREE");
            book(a, "cleaning", THURSDAY_10, 120);
            assertThatThrownBy(() -> book(b, "cleaning", THURSDAY_10.plusMinutes(60), 60))
                    .isInstanceOfSatisfying(BookingRefusedException.class, r -> {
                        assertThat(r.reason()).isEqualTo(Reason.NO_CAPACITY);
                        assertThat(r.alternatives()).isNotEmpty().allSatisfy(t ->
                                assertThat(t.plusMinutes(60).isBefore(THURSDAY_10) || !t.isBefore(THURSDAY_10.plusMinutes(120))).isTrue());
                    });
            assertThat(book(b, "cleaning", THURSDAY_10.plusMinutes(120), 60).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        }

        @Test
        void nobodyServingTheCommunityMeansNoCapacity() {
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            assertThatThrownBy(() -> book(e, "cleaning", THURSDAY_10, 60))
                    .isInstanceOfSatisfying(BookingRefusedException.class, r -> {
                        assertThat(r.reason()).isEqualTo(Reason.NO_CAPACITY);
                        assertThat(r.alternatives()).isEmpty();
                    });
        }
    }

    @Nested
    class Entitlement {

        @Test
        void aBookingBeyondTheBalanceIsRefusedUnlessTheElderAcceptsToPayTheRest() {
            street.worker(community, 2);
            Elder e = street.elderWithPolicy(community, "GAOXIN_FREE"); // 480 minutes
            book(e, "day_care", THURSDAY_10.withHour(8), 420);
            assertThatThrownBy(() -> book(e, "cleaning", THURSDAY_10.plusDays(1), 120))
                    .isInstanceOfSatisfying(BookingRefusedException.class, r -> {
                        assertThat(r.reason()).isEqualTo(Reason.INSUFFICIENT_BALANCE);
                        assertThat(r.getMessage()).contains("left 60 MINUTES, needed 120");
                    });
            Booking partly = bookings.book(request(e, "cleaning", THURSDAY_10.plusDays(1), 120, true));
            assertThat(partly.getHeldAmount()).isEqualTo(60);
            assertThat(balance(e).available()).isZero();
        }

        @Test
        void anElderWithoutSubsidyBooksAndPaysTheFullPrice() {
            street.worker(community, 1);
            Elder e = street.elderWithPolicy(community, null);
            Booking b = book(e, "cleaning", THURSDAY_10, 120);
            assertThat(b.getAccountId()).isNull();
            assertThat(bookings.recordService(b.getId(), 90, true, null, "worker").getElderPaysFen()).isEqualTo(45_00);
        }

        @Test
        void twoEldersOfOneHouseholdShareTheRuralEntitlement() {
            street.worker(community, 2);
            Household h = street.household(community, Registration.RURAL);
            Elder wife = street.elder(h, "张桂兰");
            Elder husband = street.elder(h, "张德胜");
            entitlements.enrol(wife.elderId(), "RURAL_75_79", LocalDate.of(2025, 1, 1), null);
            entitlements.enrol(husband.elderId(), "RURAL_75_79", LocalDate.of(2025, 1, 1), null);
            assertThat(balance(wife).available()).as("one household, one grant").isEqualTo(300_00);
            assertThat(balance(wife).sharedByHousehold()).isTrue();

            bookings.recordService(book(husband, "cleaning", THURSDAY_10, 120).getId(), 120, true, null, "worker");
            assertThat(balance(wife).available()).isEqualTo(240_00);
            assertThat(balance(husband).available()).isEqualTo(240_00);
        }
    }

    @Nested
    class Changes {

        @Test
        void theSameRequestKeyReturnsTheSameBookingAndHoldsOnce() {
            street.worker(community, 2);
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            BookingRequest r = request(e, "cleaning", THURSDAY_10, 120, false);
            Booking first = bookings.book(r);
            Booking again = bookings.book(r);
            assertThat(again.getId()).isEqualTo(first.getId());
            assertThat(balance(e).held()).isEqualTo(120);
        }

        @Test
        void cancellingGivesTheHoldBack() {
            street.worker(community, 1);
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            Booking b = book(e, "cleaning", THURSDAY_10, 120);
            assertThat(balance(e).available()).isEqualTo(1080);
            Booking cancelled = bookings.cancel(b.getId(), "老人住院", "elder");
            assertThat(cancelled.getStatus()).isEqualTo(BookingStatus.CANCELLED);
            assertThat(balance(e).available()).isEqualTo(1200);
            assertThatThrownBy(() -> bookings.cancel(b.getId(), "again", "elder"))
                    .isInstanceOfSatisfying(BookingRefusedException.class, r -> assertThat(r.reason()).isEqualTo(Reason.NOT_CHANGEABLE));
            assertThat(balance(e).available()).isEqualTo(1200);
        }

        @Test
        void movingIntoNextMonthTakesTheHoldFromThatMonth() {
            street.worker(community, 1);
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            Booking b = book(e, "cleaning", THURSDAY_10, 120);
            Booking moved = bookings.reschedule(b.getId(), LocalDateTime.of(2026, 4, 2, 14, 0), Channel.VOICE, "elder");
            assertThat(moved.getStartsAt()).isEqualTo(LocalDateTime.of(2026, 4, 2, 14, 0));
            assertThat(balance(e).available()).as("March is whole again").isEqualTo(1200);
            clock.set(LocalDateTime.of(2026, 4, 1, 8, 0));
            assertThat(balance(e).held()).isEqualTo(120);
        }

        @Test
        void movingIntoTheLeadTimeIsRefusedAndKeepsTheBooking() {
            street.worker(community, 1);
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            Booking b = book(e, "bathing", THURSDAY_10, 60);
            assertThatThrownBy(() -> bookings.reschedule(b.getId(), cn.yinling.hotline.cases.CasesTestApplication.START.plusHours(3), Channel.VOICE, "elder"))
                    .isInstanceOfSatisfying(BookingRefusedException.class, r -> assertThat(r.reason()).isEqualTo(Reason.LEAD_TIME));
            assertThat(bookings.find(b.getId()).orElseThrow().getStartsAt()).isEqualTo(THURSDAY_10);
            assertThat(balance(e).held()).isEqualTo(60);
        }

        @Test
        void aNoShowReleasesTheHoldAndAVisitIsRecordedOnlyOnce() {
            street.worker(community, 2);
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            Booking missed = book(e, "cleaning", THURSDAY_10, 120);
            bookings.markNoShow(missed.getId(), "worker");
            assertThat(balance(e).available()).isEqualTo(1200);

            Booking done = book(e, "cleaning", THURSDAY_10.plusDays(1), 120);
            bookings.recordService(done.getId(), 100, true, "擦了窗户", "worker");
            assertThat(balance(e).consumed()).isEqualTo(100);
            assertThat(balance(e).held()).isZero();
            assertThatThrownBy(() -> bookings.recordService(done.getId(), 100, true, null, "worker"))
                    .isInstanceOfSatisfying(BookingRefusedException.class, r -> assertThat(r.reason()).isEqualTo(Reason.ALREADY_RECORDED));
            assertThat(balance(e).consumed()).isEqualTo(100);
        }

        @Test
        void unknownServiceAndUnknownBookingAreRefusedByName() {
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            assertThatThrownBy(() -> book(e, "massage_parlour", THURSDAY_10, 60))
                    .isInstanceOfSatisfying(BookingRefusedException.class, r -> assertThat(r.reason()).isEqualTo(Reason.UNKNOWN_SERVICE));
            assertThatThrownBy(() -> bookings.cancel(-1L, "x", "elder"))
                    .isInstanceOfSatisfying(BookingRefusedException.class, r -> assertThat(r.reason()).isEqualTo(Reason.UNKNOWN_BOOKING));
        }
    }
}
