package cn.yinling.hotline.cases;

import cn.yinling.hotline.cases.support.TestStreet;

import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.entitlement.Balance;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.support.TestClock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Spring tests of the case database: one shared context, each test in its own community. */
@SpringBootTest(classes = CasesTestApplication.class)
public abstract class CasesSpringTest {

    @Autowired
    protected TestClock clock;
    @Autowired
    protected TestStreet street;
    @Autowired
    protected Bookings bookings;
    @Autowired
    protected Entitlements entitlements;

    protected String community;

    @BeforeEach
    void freshCommunityAtTheStartTime() {
        clock.set(CasesTestApplication.START);
        community = street.newCommunity();
    }

    protected Booking book(Elder elder, String service, LocalDateTime start, int minutes) {
        return bookings.book(request(elder, service, start, minutes, false));
    }

    protected BookingRequest request(Elder elder, String service, LocalDateTime start, Integer minutes, boolean selfPay) {
        return new BookingRequest(elder.elderId(), service, start, minutes, Channel.VOICE, "test",
                UUID.randomUUID().toString(), selfPay, null);
    }

    protected Balance balance(Elder elder) {
        return entitlements.balances(elder.elderId()).get(0);
    }
}
