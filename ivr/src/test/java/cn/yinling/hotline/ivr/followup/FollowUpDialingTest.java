package cn.yinling.hotline.ivr.followup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.followup.DueFollowUps;
import cn.yinling.hotline.cases.followup.FollowUpProperties;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.outbound.OutboundCall;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Follow-up calls are placed by themselves after a recorded visit: once, during the day, not after a rating. */
@SpringBootTest(classes = IvrTestApplication.class)
class FollowUpDialingTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    DueFollowUps due;
    @Autowired
    FollowUpProperties properties;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Bookings bookings;
    @Autowired
    Elders elders;
    @Autowired
    OriginatedCalls originated;

    final List<OutboundCall> placed = new CopyOnWriteArrayList<>();
    final OutboundDialer dialer = call -> placed.add(call);
    LocalDate day;
    Booking visit;
    String phone;

    @BeforeEach
    void aVisitRecordedAtElevenOnADayOfItsOwn() {
        // Far from other tests' visits, which are then too old to be called.
        day = IvrTestApplication.START.toLocalDate().plusDays(400 + 10L * SEQ.incrementAndGet());
        clock.set(day.minusDays(3).atTime(9, 0));
        String community = street.newCommunity();
        street.worker(community, 1);
        Elder elder = street.elderWithPolicy(community, "ANQING_FREE");
        phone = "1370000" + String.format("%04d", SEQ.get());
        elders.addPhone(elder.elderId(), phone);
        visit = bookings.book(new BookingRequest(elder.elderId(), "cleaning", day.atTime(10, 0), 60, Channel.VOICE,
                "test", UUID.randomUUID().toString(), false, null));
        clock.set(day.atTime(11, 0));
        bookings.recordService(visit.getId(), 60, true, null, "worker");
    }

    @Test
    void theElderIsCalledOnceAfterTheDelay() {
        FollowUpDialing dialing = new FollowUpDialing(due, dialer, properties, originated);
        clock.set(day.atTime(12, 0));
        assertThat(dialing.dialDue()).as("an hour after the visit is too early").isZero();

        clock.set(day.atTime(13, 30));
        assertThat(dialing.dialDue()).isEqualTo(1);
        assertThat(placed).singleElement().satisfies(call -> {
            assertThat(call.number()).isEqualTo(phone);
            assertThat(call.script()).isEqualTo(FollowUpScript.NAME);
            assertThat(call.variables()).containsEntry(FollowUpScript.BOOKING_VARIABLE, visit.getId().toString())
                    .hasEntrySatisfying(OriginatedCalls.TOKEN_VARIABLE, token -> assertThat(token).hasSize(32));
        });

        clock.advance(Duration.ofMinutes(5));
        assertThat(dialing.dialDue()).as("claimed: never called twice").isZero();
    }

    @Test
    void notInTheEveningAndNotOnceRated() {
        FollowUpDialing dialing = new FollowUpDialing(due, dialer, properties, originated);
        clock.set(day.atTime(20, 0));
        assertThat(dialing.dialDue()).isZero();

        bookings.rate(visit.getId(), 5);
        clock.set(day.plusDays(1).atTime(10, 0));
        assertThat(dialing.dialDue()).as("the family already rated it").isZero();
        assertThat(placed).isEmpty();
    }

    @Test
    void aVisitWaitsWhileTheDialerIsNotReadyAndIsCalledOnceItIs() {
        clock.set(day.atTime(13, 30));
        OutboundDialer loggingIn = new OutboundDialer() {
            @Override
            public boolean place(OutboundCall call) {
                return false;
            }

            @Override
            public boolean isReady() {
                return false;
            }
        };
        assertThat(new FollowUpDialing(due, loggingIn, properties, originated).dialDue()).isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(new FollowUpDialing(due, dialer, properties, originated).dialDue())
                .as("not claimed while nobody could be called").isEqualTo(1);
        assertThat(placed).singleElement().satisfies(call -> assertThat(call.number()).isEqualTo(phone));
    }

    @Test
    void aCallTheDialerCouldNotPlaceIsTriedAgain() {
        clock.set(day.atTime(13, 30));
        assertThat(new FollowUpDialing(due, call -> false, properties, originated).dialDue()).isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(new FollowUpDialing(due, dialer, properties, originated).dialDue()).isEqualTo(1);
    }

    @Test
    void twoNodesPollingAtOnceCallTheElderOnce() throws Exception {
        clock.set(day.atTime(14, 0));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> counts = List.of(
                    nodes.submit(() -> {
                        start.await();
                        return new FollowUpDialing(due, dialer, properties, originated).dialDue();
                    }),
                    nodes.submit(() -> {
                        start.await();
                        return new FollowUpDialing(due, dialer, properties, originated).dialDue();
                    }));
            start.countDown();
            int total = counts.get(0).get(30, TimeUnit.SECONDS) + counts.get(1).get(30, TimeUnit.SECONDS);
            assertThat(total).isEqualTo(1);
            assertThat(placed).hasSize(1);
        } finally {
            nodes.shutdownNow();
        }
    }
}
