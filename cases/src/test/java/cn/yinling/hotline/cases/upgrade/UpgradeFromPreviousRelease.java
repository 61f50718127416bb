package cn.yinling.hotline.cases.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRepository;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.BookingStatus;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.booking.ServiceRecord;
import cn.yinling.hotline.cases.booking.ServiceRecordRepository;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CareCaseRepository;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.conversation.ConversationRepository;
import cn.yinling.hotline.cases.conversation.Message;
import cn.yinling.hotline.cases.conversation.MessageRepository;
import cn.yinling.hotline.cases.dispatch.DispatchSweep;
import cn.yinling.hotline.cases.dispatch.WorkOrder;
import cn.yinling.hotline.cases.dispatch.WorkOrderState;
import cn.yinling.hotline.cases.dispatch.WorkOrders;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.elder.FamilyContactRepository;
import cn.yinling.hotline.cases.elder.RegisteredPhoneRepository;
import cn.yinling.hotline.cases.entitlement.Balance;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An upgrade from the previous release: the database is migrated to the previous release's schema
 * and given the rows that release wrote ({@link PreviousRelease}) before the application starts; the
 * application's own start then migrates it to the latest schema (Flyway, as on a real upgrade),
 * Hibernate validates every entity against the result, and the start-up jobs (catalog, policies,
 * roll-over) run over the old rows. The tests read those rows back through the application and write
 * new ones next to them. Run on the embedded H2 and on PostgreSQL by the two subclasses. The writing
 * tests come last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class UpgradeFromPreviousRelease {

    @Autowired
    DataSource dataSource;
    @Autowired
    ElderRepository elders;
    @Autowired
    RegisteredPhoneRepository phones;
    @Autowired
    FamilyContactRepository family;
    @Autowired
    BookingRepository bookingRows;
    @Autowired
    ServiceRecordRepository serviceRecords;
    @Autowired
    CareCaseRepository cases;
    @Autowired
    ConversationRepository conversations;
    @Autowired
    MessageRepository messages;
    @Autowired
    WorkerRepository workers;
    @Autowired
    Entitlements entitlements;
    @Autowired
    Bookings bookings;
    @Autowired
    DispatchSweep dispatchSweep;
    @Autowired
    WorkOrders workOrders;

    @Test
    @Order(1)
    void everyMigrationSinceTheReleaseIsAppliedAndNoneIsLeft() {
        MigrationInfo[] all = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()
                .info().all();
        assertThat(all).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(all).anySatisfy(m -> assertThat(m.getVersion().getVersion()).isEqualTo(PreviousRelease.LAST_MIGRATION));
        assertThat(all).hasSizeGreaterThan(Integer.parseInt(PreviousRelease.LAST_MIGRATION));
    }

    @Test
    @Order(2)
    void theElderIsKnownByHerPhoneWithHerFamily() {
        Elder elder = elder();
        assertThat(elder.getFullName()).isEqualTo("王秀英");
        assertThat(elder.getCommunity()).isEqualTo(PreviousRelease.COMMUNITY);
        assertThat(elder.getFlags().sanwu()).isTrue();
        assertThat(elder.getAdl().moving()).isTrue();
        assertThat(elder.getIdNumberDigest()).as("added after the release; filled in when staff edit the record").isNull();
        assertThat(family.findByWechatOpenid(PreviousRelease.SON_OPENID))
                .singleElement().satisfies(f -> assertThat(f.getElderId()).isEqualTo(elder.getId()));
    }

    @Test
    @Order(3)
    void theVisitDoneBeforeTheUpgradeIsSettledInItsMonthAtThePolicysPrice() {
        Booking done = bookingRows.findByRequestKey(PreviousRelease.DONE_REQUEST_KEY).orElseThrow();
        ServiceRecord record = serviceRecords.findByBookingId(done.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(record.getRating()).isEqualTo(5);
        assertThat(record.getSettlementMonth()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(record.getSubsidyFen()).as("60 minutes at 8 yuan an hour").isEqualTo(800);
    }

    @Test
    @Order(4)
    void theBalanceIsThisMonthsGrantLessTheHeldVisit() {
        Balance march = entitlements.balances(elder().elderId()).stream()
                .filter(b -> b.policyCode().equals(PreviousRelease.POLICY)).findFirst().orElseThrow();
        assertThat(march.windowStart()).isEqualTo(YearMonth.of(2026, 3).atDay(1));
        assertThat(march.granted()).as("the release's own grant, not posted twice by the roll-over").isEqualTo(1200);
        assertThat(march.held()).isEqualTo(120);
        assertThat(march.available()).isEqualTo(1080);
    }

    @Test
    @Order(5)
    void theComplaintStaysWithItsAgentAndItsTranscript() {
        CareCase complaint = cases.findByElderIdOrderByCreatedAtDesc(elder().getId()).get(0);
        assertThat(complaint.getSubject()).isEqualTo(PreviousRelease.COMPLAINT_SUBJECT);
        assertThat(complaint.getStatus()).isEqualTo(CaseStatus.CLAIMED);
        assertThat(complaint.getComplaintType()).isEqualTo(ComplaintType.LATE);
        assertThat(complaint.getEscalationLevel()).isZero();
        List<Message> transcript = messages.findByConversationIdOrderByAtAscIdAsc(
                conversations.findByCaseId(complaint.getId()).get(0).getId());
        assertThat(transcript).extracting(Message::getText).containsExactly("王阿姨您好，这里是银铃热线。", "我要投诉，李师傅来晚了");
        assertThat(transcript).allSatisfy(m -> assertThat(m.getDelivery()).isNull());
    }

    @Test
    @Order(6)
    void theWorkerGotANumberToKeyAtTheDoor() {
        Worker worker = workers.findAllByOrderByActiveDescFullNameAsc().stream()
                .filter(w -> w.getFullName().equals(PreviousRelease.WORKER_NAME)).findFirst().orElseThrow();
        assertThat(worker.getWorkerNumber()).isEqualTo(String.valueOf(1000 + worker.getId()));
        assertThat(workers.findByWorkerNumber(worker.getWorkerNumber())).isPresent();
    }

    @Test
    @Order(10)
    void theVisitBookedBeforeTheUpgradeGetsItsWorkOrderFromTheSweep() {
        Booking booked = bookingRows.findByRequestKey(PreviousRelease.BOOKED_REQUEST_KEY).orElseThrow();
        assertThat(workOrders.forBooking(booked.getId())).isEmpty();

        assertThat(dispatchSweep.sweep()).isEqualTo(1);

        WorkOrder order = workOrders.forBooking(booked.getId()).orElseThrow();
        assertThat(order.getState()).isEqualTo(WorkOrderState.ISSUED);
        assertThat(order.getWorkerId()).isEqualTo(booked.getWorkerId());
        assertThat(order.getStartsAt()).isEqualTo(booked.getStartsAt());
    }

    @Test
    @Order(11)
    void aNewBookingIsWrittenNextToTheOldOnes() {
        Booking fresh = bookings.book(new BookingRequest(elder().elderId(), "cleaning", LocalDateTime.of(2026, 3, 9, 10, 0),
                120, Channel.VOICE, "ivr:" + PreviousRelease.ELDER_PHONE, "upgrade-visit-new", false, null));

        assertThat(fresh.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(bookingRows.findTop10ByElderIdAndStartsAtLessThanOrderByStartsAtDesc(elder().getId(),
                LocalDateTime.of(2026, 4, 1, 0, 0))).extracting(Booking::getRequestKey)
                .containsExactly("upgrade-visit-new", PreviousRelease.BOOKED_REQUEST_KEY, PreviousRelease.DONE_REQUEST_KEY);
        assertThat(entitlements.balances(elder().elderId()).get(0).available()).isEqualTo(960);
    }

    private Elder elder() {
        Long id = phones.findByNumber(PreviousRelease.ELDER_PHONE).orElseThrow().getElderId();
        return elders.findById(id).orElseThrow();
    }
}
