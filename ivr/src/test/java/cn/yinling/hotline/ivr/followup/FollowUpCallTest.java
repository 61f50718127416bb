package cn.yinling.hotline.ivr.followup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.CallerStep.Keys;
import cn.yinling.hotline.ivr.simulator.CallerStep.Silence;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Follow-up calls after a visit over a real TCP socket: the elder rates it by key. */
@SpringBootTest(classes = IvrTestApplication.class)
class FollowUpCallTest {

    @Autowired
    FastAgiServer server;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Bookings bookings;
    @Autowired
    Cases cases;
    @Autowired
    OriginatedCalls originated;

    Booking visit;
    Elder elder;

    @BeforeEach
    void aRecordedVisit() {
        clock.set(IvrTestApplication.START);
        String community = street.newCommunity();
        street.worker(community, 1);
        elder = street.elderWithPolicy(community, "ANQING_FREE");
        visit = bookings.book(new BookingRequest(elder.elderId(), "cleaning", LocalDateTime.of(2026, 3, 5, 10, 0), 60,
                Channel.VOICE, "test", UUID.randomUUID().toString(), false, null));
        bookings.recordService(visit.getId(), 60, true, null, "worker");
    }

    @Test
    void fiveStarsAreRecordedWithThanks() throws IOException {
        CallRecord call = call(press("5"));
        assertThat(call.prompts().get(0).text()).startsWith("王阿姨您好").contains("请按1到5");
        assertThat(call.prompts().get(1).text()).contains("5分");
        assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_HOTLINE);
        assertThat(bookings.recordOf(visit.getId()).orElseThrow().getRating()).isEqualTo(5);
        assertThat(cases.ofElder(elder.elderId())).isEmpty();
    }

    @Test
    void oneStarOpensAComplaint() throws IOException {
        CallRecord call = call(press("1"));
        assertThat(call.prompts().get(1).text()).contains("会有工作人员跟进");
        assertThat(bookings.recordOf(visit.getId()).orElseThrow().getRating()).isEqualTo(1);
        assertThat(cases.ofElder(elder.elderId())).singleElement()
                .satisfies(c -> assertThat(c.getType()).isEqualTo(CaseType.COMPLAINT));
    }

    @Test
    void aWrongKeyThenSilenceRecordsNothing() throws IOException {
        CallRecord call = call(press("8"), new Silence());
        assertThat(call.prompts()).hasSize(2);
        assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_HOTLINE);
        assertThat(bookings.recordOf(visit.getId()).orElseThrow().getRating()).isNull();
    }

    /** The call the dialer places: the booking and a fresh one-time token on the channel. */
    CallRecord call(CallerStep... steps) throws IOException {
        String booking = visit.getId().toString();
        return new AgiSimulator("127.0.0.1", server.port(), Duration.ofSeconds(20)).call("followup", "13500009999", null,
                originated.variables(FollowUpScript.NAME, booking, Map.of(FollowUpScript.BOOKING_VARIABLE, booking)),
                ScriptedCaller.of(steps), p -> {
                });
    }

    static CallerStep press(String keys) {
        return new Keys(keys, 1.0);
    }
}
