package cn.yinling.hotline.cases.booking;

import static cn.yinling.hotline.cases.support.Race.race;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.BookingRefusedException.Reason;
import cn.yinling.hotline.cases.elder.Elder;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Several channels booking one elder at overlapping times at the same instant: the elder's row lock
 * must let exactly one through, with or without a subsidy account, on whichever database the subclass runs.
 */
abstract class ElderOverlapRaceTest extends CasesSpringTest {

    /** Eight services no two of which the catalog lets overlap. */
    private static final List<String> SERVICES = List.of("cleaning", "laundry", "cooking", "companionship", "bathing",
            "haircut", "rehab_nursing", "escort_medical");
    private static final LocalDateTime THURSDAY_10 = LocalDateTime.of(2026, 3, 5, 10, 0);

    @Test
    void eightChannelsBookingAPayingElderAtOnceConfirmExactlyOne() throws Exception {
        assertExactlyOneOfEightOverlappingBookings(null);
    }

    @Test
    void eightChannelsBookingASubsidisedElderAtOnceConfirmExactlyOne() throws Exception {
        assertExactlyOneOfEightOverlappingBookings("ANQING_FREE");
    }

    @Test
    void copiesOfOneRequestRacingAllGetTheOneBooking() throws Exception {
        street.worker(community, 1);
        Elder e = street.elderWithPolicy(community, null);
        BookingRequest once = request(e, "cleaning", THURSDAY_10, 120, false);
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        race(SERVICES.size(), i -> ids.add(bookings.book(once).getId()));
        assertThat(ids).hasSize(1);
        assertThat(bookings.upcoming(e.elderId())).hasSize(1);
    }

    private void assertExactlyOneOfEightOverlappingBookings(String policy) throws Exception {
        // One worker per request, so no worker's slot refuses anyone: only the elder's own rule can.
        for (int i = 0; i < SERVICES.size(); i++) {
            street.worker(community, 1);
        }
        Elder e = street.elderWithPolicy(community, policy);
        Map<Reason, AtomicInteger> refusals = new ConcurrentHashMap<>();
        AtomicInteger booked = new AtomicInteger();
        race(SERVICES.size(), i -> {
            // Starts 15 minutes apart, two hours each: every pair overlaps.
            BookingRequest r = new BookingRequest(e.elderId(), SERVICES.get(i), THURSDAY_10.plusMinutes(15L * i), 120,
                    i % 2 == 0 ? Channel.VOICE : Channel.CONSOLE,
                    "channel-" + i, UUID.randomUUID().toString(), false, null);
            try {
                bookings.book(r);
                booked.incrementAndGet();
            } catch (BookingRefusedException refused) {
                refusals.computeIfAbsent(refused.reason(), k -> new AtomicInteger()).incrementAndGet();
            }
        });
        assertThat(booked.get()).isEqualTo(1);
        assertThat(refusals).containsOnlyKeys(Reason.ELDER_BUSY);
        assertThat(refusals.get(Reason.ELDER_BUSY).get()).isEqualTo(SERVICES.size() - 1);
        assertThat(bookings.upcoming(e.elderId())).hasSize(1);
        if (policy != null) {
            assertThat(balance(e).held()).isEqualTo(120);
        }
    }
}
