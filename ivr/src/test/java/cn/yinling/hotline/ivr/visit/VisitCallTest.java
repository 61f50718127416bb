package cn.yinling.hotline.ivr.visit;

import cn.yinling.hotline.cases.settlement.Statements;
import cn.yinling.hotline.cases.sms.TextMessages;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.dispatch.WorkOrder;
import cn.yinling.hotline.cases.dispatch.WorkOrderState;
import cn.yinling.hotline.cases.dispatch.WorkOrders;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.entitlement.Balance;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.cases.visit.Proof;
import cn.yinling.hotline.cases.visit.VisitBoard;
import cn.yinling.hotline.cases.visit.VisitDecisions;
import cn.yinling.hotline.cases.visit.VisitDecisions.Decision;
import cn.yinling.hotline.cases.visit.VisitRow;
import cn.yinling.hotline.cases.visit.VisitStatus;
import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.CallerStep.HangUp;
import cn.yinling.hotline.ivr.simulator.CallerStep.Keys;
import cn.yinling.hotline.ivr.simulator.CallerStep.Silence;
import cn.yinling.hotline.ivr.simulator.PlayedPrompt;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The worker's calls to the check-in line over a real TCP socket: simulated Asterisk → FastAGI
 * {@code visit} → case database and ledger.
 */
@SpringBootTest(classes = IvrTestApplication.class)
class VisitCallTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    FastAgiServer server;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Elders elders;
    @Autowired
    Bookings bookings;
    @Autowired
    Entitlements entitlements;
    @Autowired
    WorkOrders workOrders;
    @Autowired
    WorkerRepository workers;
    @Autowired
    VisitBoard board;
    @Autowired
    VisitDecisions decisions;
    @Autowired
    TextMessages texts;
    @Autowired
    Statements statements;

    Worker worker;
    String workerNumber;
    Elder elder;
    String elderPhone;
    Booking booking;
    LocalDateTime start;

    @BeforeEach
    void aTwoHourCleaningOnAnAnqingFreeVoucher() {
        int n = SEQ.incrementAndGet();
        start = IvrTestApplication.START.plusDays(3 + n).withHour(10);
        clock.set(IvrTestApplication.START);
        String community = street.newCommunity();
        worker = street.worker(community, 1);
        workerNumber = String.valueOf(60000 + n);
        worker.update(worker.getProviderId(), workerNumber, worker.getFullName(), "1391111" + String.format("%04d", n),
                worker.categories());
        worker = workers.save(worker);
        elder = street.elderWithPolicy(community, "ANQING_FREE");
        elderPhone = "0555" + String.format("%07d", 3000000 + n);
        elders.addPhone(elder.elderId(), elderPhone);
        booking = bookings.book(new BookingRequest(elder.elderId(), "cleaning", start, 120, Channel.VOICE, "test",
                UUID.randomUUID().toString(), false, null));
    }

    @Test
    void arrivalAndDepartureFromTheEldersPhoneWithARatingConsumeWhatThePolicyCounts() throws IOException {
        // The loop from its start: the confirmed booking's work order told the worker, with the visit code.
        assertThat(texts.about("work_order:" + order().getId())).singleElement().satisfies(m -> {
            assertThat(m.getTemplate()).isEqualTo("dispatch.issued");
            assertThat(m.getPhone()).isEqualTo(worker.getPhone());
            assertThat(m.getParams()).contains(order().getVisitCode());
        });
        clock.set(start.minusMinutes(5));
        CallRecord arrival = call(elderPhone, press(workerNumber + "#"));
        assertThat(texts(arrival)).containsExactly("银铃热线上门签到。请输入您的工号，按井号键结束。",
                "签到成功。服务结束时请再打这个电话签退，再见。");
        assertThat(arrival.end()).isEqualTo(CallEnd.HUNG_UP_BY_HOTLINE);
        assertThat(row().status()).isEqualTo(VisitStatus.IN_SERVICE);

        clock.set(start.plusMinutes(69)); // 74 minutes after the arrival
        CallRecord departure = call(elderPhone, press(workerNumber + "#"), press("4"));
        assertThat(texts(departure)).containsSubsequence("签退成功，这次服务一小时十四分钟。",
                "请老人按1到5评价这次服务，五分最满意；有问题请按9。", "谢谢您的评价，祝您身体健康，再见。");
        assertThat(departure.prompts().get(1).ids()).as("said by catalog pieces, no fallback")
                .noneMatch(id -> id.startsWith("say."));
        assertThat(balance().consumed()).as("74 minutes to the nearest half hour").isEqualTo(60);
        assertThat(balance().held()).isZero();
        assertThat(bookings.recordOf(booking.getId()).orElseThrow().getRating()).isEqualTo(4);
        assertThat(row()).satisfies(r -> {
            assertThat(r.rating()).isEqualTo(4);
            assertThat(r.proof()).isEqualTo(Proof.ELDER_PHONE);
            assertThat(r.status()).isEqualTo(VisitStatus.DONE);
        });
        assertThat(order().getState()).isEqualTo(WorkOrderState.DONE);

        // …to its end: the visit is on its provider's statement for the month, and the statement agrees with the ledger.
        YearMonth month = YearMonth.from(start);
        assertThat(statements.of(worker.getProviderId(), month).lines()).singleElement().satisfies(line -> {
            assertThat(line.bookingId()).isEqualTo(booking.getId());
            assertThat(line.coveredAmount()).isEqualTo(60);
            assertThat(line.rating()).isEqualTo(4);
        });
        assertThat(statements.reconcileMonth(month).differences()).noneMatch(d -> d.bookingId() == booking.getId());
    }

    @Test
    void nineHoldsTheConsumptionUntilStaffDecide() throws IOException {
        clock.set(start);
        call(elderPhone, press(workerNumber + "#"));
        clock.set(start.plusMinutes(130));
        CallRecord departure = call(elderPhone, press(workerNumber + "#"), press("9"));
        assertThat(texts(departure)).contains("好的，已经记下，工作人员会和您联系，再见。");
        assertThat(balance().held()).as("the hold stays").isEqualTo(120);
        assertThat(balance().consumed()).isZero();
        VisitRow held = row();
        assertThat(held.status()).isEqualTo(VisitStatus.DISPUTED);
        assertThat(held.complaintCaseId()).isNotNull();

        decisions.decide(held.visitId(), Decision.AS_RECORDED, null, "电话核实，服务已完成", "supervisor");
        assertThat(balance().consumed()).as("130 minutes capped at the booked 120").isEqualTo(120);
        assertThat(row().status()).isEqualTo(VisitStatus.DONE);
    }

    @Test
    void fromTheWorkersOwnPhoneTheVisitCodeChecksInAsWeakerProof() throws IOException {
        String code = order().getVisitCode();
        clock.set(start);
        CallRecord arrival = call(worker.getPhone(), press(workerNumber + "#"), press(code + "#"));
        assertThat(texts(arrival)).containsExactly("银铃热线上门签到。请输入您的工号，按井号键结束。",
                "请输入短信里的六位上门码，按井号键结束。", "签到成功。服务结束时请再打这个电话签退，再见。");
        clock.set(start.plusMinutes(90));
        CallRecord departure = call(worker.getPhone(), press(workerNumber + "#"), press(code + "#"));
        assertThat(texts(departure)).containsSubsequence("签退成功，这次服务一小时三十分钟。", "服务已经记录，谢谢，再见。");
        assertThat(balance().consumed()).isEqualTo(90);
        assertThat(row().proof()).isEqualTo(Proof.VISIT_CODE);
        assertThat(row().strongProof()).isFalse();
    }

    @Test
    void aWrongWorkerNumberIsAskedAgainAndThreeEndTheCall() throws IOException {
        clock.set(start);
        CallRecord call = call(elderPhone, press("9" + workerNumber + "#"), press("8" + workerNumber + "#"),
                press("7" + workerNumber + "#"));
        assertThat(texts(call)).containsExactly("银铃热线上门签到。请输入您的工号，按井号键结束。",
                "没有找到您这次上门，请重新输入工号。", "没有找到您这次上门，请重新输入工号。",
                "没有签到成功，请联系服务中心，再见。");
        assertThat(row().status()).isEqualTo(VisitStatus.EXPECTED);

        CallRecord right = call(elderPhone, new Silence(), press(workerNumber + "#"));
        assertThat(texts(right)).endsWith("签到成功。服务结束时请再打这个电话签退，再见。");
    }

    @Test
    void guessingCodesLocksTheWorkerNumberEvenForTheRightCodeAndStaffSeeIt() throws IOException {
        String code = order().getVisitCode();
        String wrong = code.equals("000000") ? "111111" : "000000";
        clock.set(start);
        call("13812340000", press(workerNumber + "#"), press(wrong + "#"), press(workerNumber + "#"), press(wrong + "#"),
                press(workerNumber + "#"), press(wrong + "#"));
        CallRecord second = call("13812340001", press(workerNumber + "#"), press(wrong + "#"),
                press(workerNumber + "#"), press(wrong + "#"));
        assertThat(texts(second)).endsWith("输错次数太多，电话签到暂停，请联系服务中心，再见。");
        CallRecord rightCode = call(worker.getPhone(), press(workerNumber + "#"), press(code + "#"));
        assertThat(texts(rightCode)).endsWith("输错次数太多，电话签到暂停，请联系服务中心，再见。");
        assertThat(row().status()).isEqualTo(VisitStatus.EXPECTED);
    }

    @Test
    void hangingUpInsteadOfRatingRecordsTheVisitWithoutARating() throws IOException {
        clock.set(start);
        call(elderPhone, press(workerNumber + "#"));
        clock.set(start.plusMinutes(100));
        CallRecord departure = call(elderPhone, press(workerNumber + "#"), new HangUp(1.0));
        assertThat(departure.end()).isEqualTo(CallEnd.HUNG_UP_BY_CALLER);
        assertThat(balance().consumed()).as("100 minutes to the nearest half hour").isEqualTo(90);
        assertThat(bookings.recordOf(booking.getId()).orElseThrow().getRating()).isNull();
    }

    // --- helpers

    CallRecord call(String from, CallerStep... steps) throws IOException {
        return new AgiSimulator("127.0.0.1", server.port(), Duration.ofSeconds(30)).call("visit", from, null, Map.of(),
                ScriptedCaller.of(steps), p -> {
                });
    }

    static List<String> texts(CallRecord call) {
        return call.prompts().stream().map(PlayedPrompt::text).toList();
    }

    static CallerStep press(String keys) {
        return new Keys(keys, 1.0);
    }

    WorkOrder order() {
        return workOrders.forBooking(booking.getId()).orElseThrow();
    }

    VisitRow row() {
        return board.one(order().getId());
    }

    Balance balance() {
        return entitlements.balances(elder.elderId()).get(0);
    }
}
