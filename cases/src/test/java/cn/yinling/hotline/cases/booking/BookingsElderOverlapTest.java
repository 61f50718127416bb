package cn.yinling.hotline.cases.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.BookingRefusedException.Reason;
import cn.yinling.hotline.cases.elder.Elder;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** One elder, one visit at a time: overlapping bookings of the same elder unless the catalog combines them. */
class BookingsElderOverlapTest extends CasesSpringTest {

    private static final LocalDateTime THURSDAY_10 = LocalDateTime.of(2026, 3, 5, 10, 0);

    @Test
    void theSameServiceOverlappingIsRefusedWithTheClashAndTimesThatAreReallyFree() {
        street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking first = book(e, "cleaning", THURSDAY_10, 120);

        BookingRefusedException r = refused(() -> book(e, "cleaning", THURSDAY_10.plusMinutes(60), 60));
        assertThat(r.clash().bookingId()).isEqualTo(first.getId());
        assertThat(r.clash().serviceCode()).isEqualTo("cleaning");
        assertThat(r.clash().serviceName()).isEqualTo("打扫卫生");
        assertThat(r.clash().startsAt()).isEqualTo(THURSDAY_10);
        assertThat(r.clash().endsAt()).isEqualTo(THURSDAY_10.plusMinutes(120));
        assertThat(r.alternatives()).isNotEmpty().allSatisfy(t ->
                assertThat(t.plusMinutes(60).isAfter(THURSDAY_10) && t.isBefore(THURSDAY_10.plusMinutes(120)))
                        .as("%s overlaps the first visit", t).isFalse());
        // Every alternative passes every check (the quote rolls back), and the first one books.
        r.alternatives().forEach(t -> assertThat(bookings.quote(request(e, "cleaning", t, 60, false)).startsAt()).isEqualTo(t));
        assertThat(book(e, "cleaning", r.alternatives().get(0), 60).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(balance(e).held()).as("the refused booking held nothing").isEqualTo(180);
    }

    @Test
    void aDifferentServiceOverlappingIsRefusedWithTheClashNamed() {
        street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking bath = book(e, "bathing", THURSDAY_10, 60);
        BookingRefusedException r = refused(() -> book(e, "companionship", THURSDAY_10.plusMinutes(30), 60));
        assertThat(r.clash().bookingId()).isEqualTo(bath.getId());
        assertThat(r.clash().serviceName()).isEqualTo("助浴");
        assertThat(r.getMessage()).contains("bathing").contains("2026-03-05T10:00");
        assertThat(bookings.upcoming(e.elderId())).singleElement().extracting(Booking::getId).isEqualTo(bath.getId());
    }

    @Test
    void aPayingElderBookingFromASecondChannelLaterIsRefusedToo() {
        street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, null);
        Booking byFamily = bookings.book(new BookingRequest(e.elderId(), "laundry", THURSDAY_10, 60, Channel.WECHAT,
                "family", UUID.randomUUID().toString(), false, null));
        assertThat(byFamily.getAccountId()).isNull();
        BookingRefusedException r = refused(() -> bookings.book(new BookingRequest(e.elderId(), "cooking",
                THURSDAY_10.minusMinutes(30), 90, Channel.CONSOLE, "agent", UUID.randomUUID().toString(), false, null)));
        assertThat(r.clash().bookingId()).isEqualTo(byFamily.getId());
        assertThat(r.alternatives()).isNotEmpty();
    }

    @Test
    void theReadBackRefusesAClashBeforeTheCallerConfirms() {
        street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        book(e, "companionship", THURSDAY_10, 60);
        BookingRefusedException r = refused(() -> bookings.quote(request(e, "haircut", THURSDAY_10, 30, false)));
        assertThat(r.clash().serviceCode()).isEqualTo("companionship");
    }

    @Test
    void servicesTheCatalogCombinesMayOverlapEitherWayRound() {
        street.worker(community, 8);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        assertThat(book(e, "companionship", THURSDAY_10, 60).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(book(e, "meal_delivery", THURSDAY_10.plusMinutes(30), 30).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(book(e, "health_check", THURSDAY_10.plusMinutes(15), 30).getStatus()).isEqualTo(BookingStatus.CONFIRMED);

        // Said on the meal delivery's line of the catalog only, and still allowed with the bath booked first.
        Elder f = street.elderWithPolicy(community, "ANQING_FREE");
        book(f, "bathing", THURSDAY_10, 60);
        assertThat(book(f, "meal_delivery", THURSDAY_10, 30).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(book(f, "grocery_shopping", THURSDAY_10, 60).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        // A visit must combine with every visit it overlaps: a haircut goes with the shopping, not with the bath.
        assertThat(refused(() -> book(f, "haircut", THURSDAY_10.plusMinutes(30), 30)).clash().serviceCode()).isEqualTo("bathing");
    }

    @Test
    void visitsTouchingEndToStartDoNotOverlap() {
        street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        book(e, "cleaning", THURSDAY_10, 120);
        assertThat(book(e, "companionship", THURSDAY_10.plusMinutes(120), 60).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(book(e, "laundry", THURSDAY_10.minusMinutes(60), 60).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        // A quarter of an hour into the cleaning is an overlap.
        assertThat(refused(() -> book(e, "haircut", THURSDAY_10.plusMinutes(105), 30)).clash().serviceCode())
                .isEqualTo("cleaning");
        assertThat(bookings.upcoming(e.elderId())).hasSize(3);
    }

    @Test
    void aCancelledOrMissedVisitDoesNotClash() {
        street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        bookings.cancel(book(e, "cleaning", THURSDAY_10, 120).getId(), "老人住院", "elder");
        bookings.markNoShow(book(e, "bathing", THURSDAY_10, 60).getId(), "worker");
        Booking chat = book(e, "companionship", THURSDAY_10.plusMinutes(30), 60);
        assertThat(chat.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(refused(() -> book(e, "haircut", THURSDAY_10.plusMinutes(45), 30)).clash().bookingId())
                .as("the live visit is in the way, not the cancelled or missed ones").isEqualTo(chat.getId());
    }

    @Test
    void movingIntoAClashIsRefusedAndKeepsTheBookingWhileMovingOverItsOwnTimeIsFine() {
        street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking cleaning = book(e, "cleaning", THURSDAY_10, 120);
        Booking chat = book(e, "companionship", THURSDAY_10.plusDays(1), 60);

        BookingRefusedException r = refused(() -> bookings.reschedule(chat.getId(), THURSDAY_10.plusMinutes(60),
                Channel.VOICE, "elder"));
        assertThat(r.clash().bookingId()).isEqualTo(cleaning.getId());
        assertThat(r.alternatives()).isNotEmpty().allSatisfy(t ->
                assertThat(t.plusMinutes(60).isAfter(THURSDAY_10) && t.isBefore(THURSDAY_10.plusMinutes(120))).isFalse());
        assertThat(bookings.find(chat.getId()).orElseThrow().getStartsAt()).isEqualTo(THURSDAY_10.plusDays(1));
        assertThat(balance(e).held()).isEqualTo(180);

        assertThat(bookings.reschedule(cleaning.getId(), THURSDAY_10.plusMinutes(30), Channel.VOICE, "elder")
                .getStartsAt()).isEqualTo(THURSDAY_10.plusMinutes(30));
        assertThat(bookings.reschedule(chat.getId(), THURSDAY_10.plusMinutes(150), Channel.VOICE, "elder")
                .getStartsAt()).isEqualTo(THURSDAY_10.plusMinutes(150));
    }

    private static BookingRefusedException refused(Runnable attempt) {
        BookingRefusedException[] caught = new BookingRefusedException[1];
        Consumer<BookingRefusedException> keep = r -> caught[0] = r;
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(BookingRefusedException.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.ELDER_BUSY);
            keep.accept(r);
        });
        return caught[0];
    }
}
