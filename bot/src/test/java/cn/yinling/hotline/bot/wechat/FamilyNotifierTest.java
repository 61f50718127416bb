package cn.yinling.hotline.bot.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.BotTestApplication;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.LoadingHistory;
import cn.yinling.hotline.cases.casework.CaseId;
import cn.yinling.hotline.cases.casework.CaseOpened;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyContact;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Family members hear of their elder's bookings and emergencies through the (local) customer-service API. */
@SpringBootTest(classes = BotTestApplication.class)
class FamilyNotifierTest {

    private static final LocalWechatApi API = startApi();

    @DynamicPropertySource
    static void wechatApi(DynamicPropertyRegistry registry) {
        registry.add("hotline.wechat.api-base-url", () -> API.baseUrl().toString());
    }

    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Elders elders;
    @Autowired
    Bookings bookings;
    @Autowired
    Cases cases;
    @Autowired
    ServiceCatalog catalog;
    @Autowired
    CustomerService customerService;

    Elder elder;
    String consenting;
    String declining;

    @BeforeEach
    void anElderWithOneConsentingAndOneDecliningBoundMemberAndOneUnbound() throws InterruptedException {
        clock.set(BotTestApplication.START);
        String community = street.newCommunity();
        street.worker(community, 2);
        elder = street.elderWithPolicy(community, "ANQING_FREE");
        consenting = "openid-notify-yes-" + elder.getId();
        declining = "openid-notify-no-" + elder.getId();
        FamilyContact son = elders.addFamilyContact(elder.elderId(), "王磊", "儿子", null, true);
        elders.bindWechat(son.getId(), consenting);
        FamilyContact daughter = elders.addFamilyContact(elder.elderId(), "王芳", "女儿", null, false);
        elders.bindWechat(daughter.getId(), declining);
        elders.addFamilyContact(elder.elderId(), "王强", "其他亲属", null, true);
        while (API.next(200, TimeUnit.MILLISECONDS) != null) {
            // drain messages of earlier tests
        }
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @Test
    void aBookingAndItsCancellationReachOnlyTheConsentingBoundMember() throws InterruptedException {
        Booking b = bookings.book(new BookingRequest(elder.elderId(), "cleaning", LocalDateTime.of(2026, 3, 5, 9, 0),
                null, Channel.VOICE, "test", UUID.randomUUID().toString(), false, null));
        LocalWechatApi.Sent booked = API.next(10, TimeUnit.SECONDS);
        assertThat(booked).isNotNull();
        assertThat(booked.openid()).isEqualTo(consenting);
        assertThat(booked.text()).contains("预约").contains(elder.getFullName()).contains("3月5日").contains("09:00");

        bookings.cancel(b.getId(), "老人住院", "test");
        LocalWechatApi.Sent cancelled = API.next(10, TimeUnit.SECONDS);
        assertThat(cancelled).isNotNull();
        assertThat(cancelled.openid()).isEqualTo(consenting);
        assertThat(cancelled.text()).contains("已取消");
        assertThat(API.next(500, TimeUnit.MILLISECONDS)).as("nobody else is told").isNull();
    }

    @Test
    void anEmergencyAndACheckinAlertAreTold() throws InterruptedException {
        cases.openEmergency(elder.elderId(), "摔倒了", Channel.VOICE, "test");
        LocalWechatApi.Sent emergency = API.next(10, TimeUnit.SECONDS);
        assertThat(emergency).isNotNull();
        assertThat(emergency.openid()).isEqualTo(consenting);
        assertThat(emergency.text()).contains("紧急求助");

        cases.openCheckinAlert(elder.elderId(), "没有签到");
        LocalWechatApi.Sent alert = API.next(10, TimeUnit.SECONDS);
        assertThat(alert).isNotNull();
        assertThat(alert.text()).contains("报平安");
        assertThat(API.next(500, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void otherCasesAreNotTold() throws InterruptedException {
        cases.openHandoff(elder.elderId(), "想问问", cn.yinling.hotline.cases.casework.Priority.NORMAL, Channel.VOICE,
                "test");
        assertThat(API.next(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void historyLoadedAtStartIsNotNewsButWhatOtherThreadsDoMeanwhileIs() throws InterruptedException {
        FamilyNotifier starting = new FamilyNotifier(elders, bookings, catalog, customerService);
        try {
            CaseOpened opened = new CaseOpened(new CaseId(1L), elder.elderId(), CaseType.EMERGENCY, Priority.EMERGENCY);
            LoadingHistory.run(() -> starting.on(opened));
            assertThat(API.next(1, TimeUnit.SECONDS)).as("the demo street's replayed past").isNull();

            starting.on(opened);
            assertThat(API.next(10, TimeUnit.SECONDS)).isNotNull();
        } finally {
            starting.destroy();
        }
    }

    private static LocalWechatApi startApi() {
        try {
            return LocalWechatApi.start(0, WechatProperties.DEMO_APP_ID, WechatProperties.DEMO_SECRET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
