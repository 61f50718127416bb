package cn.yinling.hotline.cases.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingStatus;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintRequest;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.casework.Severity;
import cn.yinling.hotline.cases.dispatch.WorkOrder;
import cn.yinling.hotline.cases.dispatch.WorkOrderState;
import cn.yinling.hotline.cases.dispatch.WorkOrders;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.visit.CheckIn.Outcome;
import cn.yinling.hotline.cases.visit.VisitDecisions.Decision;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Check-ins at the door, consumption as the policy rounds it, holds and staff's decisions, checked on the ledger. */
class DoorCheckinsTest extends CasesSpringTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final LocalDateTime THURSDAY_10 = LocalDateTime.of(2026, 3, 5, 10, 0);

    @Autowired
    DoorCheckins door;
    @Autowired
    VisitDecisions decisions;
    @Autowired
    VisitBoard board;
    @Autowired
    VisitConsumption consumption;
    @Autowired
    WorkOrders workOrders;
    @Autowired
    WorkerRepository workers;
    @Autowired
    Elders elders;
    @Autowired
    Cases cases;

    Worker worker;
    String workerNumber;
    Elder elder;
    String elderPhone;
    Booking booking;

    @BeforeEach
    void aTwoHourCleaningOnAnAnqingFreeVoucher() {
        int n = SEQ.incrementAndGet();
        worker = street.worker(community, 1);
        workerNumber = String.valueOf(70000 + n);
        worker.update(worker.getProviderId(), workerNumber, worker.getFullName(), "1390000" + String.format("%04d", n),
                worker.categories());
        worker = workers.save(worker);
        elder = street.elderWithPolicy(community, "ANQING_FREE");
        elderPhone = "0555" + String.format("%07d", 2000000 + n);
        elders.addPhone(elder.elderId(), elderPhone);
        booking = book(elder, "cleaning", THURSDAY_10, 120);
        assertThat(balance(elder).held()).isEqualTo(120);
    }

    @Nested
    class FromTheEldersPhone {

        @Test
        void theFirstCallIsTheArrivalTheSecondTheDepartureAndTheRatingConsumesAsThePolicyRounds() {
            at(9, 55);
            assertThat(door.elderAtThisDoor(elderPhone)).contains(elder.getId());
            CheckIn arrival = door.checkIn(elderPhone, workerNumber, null);
            assertThat(arrival.outcome()).isEqualTo(Outcome.ARRIVED);
            assertThat(arrival.proof()).isEqualTo(Proof.ELDER_PHONE);
            assertThat(bookings.find(booking.getId()).orElseThrow().getStatus()).isEqualTo(BookingStatus.IN_SERVICE);

            at(11, 9); // 74 minutes: to the nearest half hour, 60
            CheckIn departure = door.checkIn(elderPhone, workerNumber, null);
            assertThat(departure.outcome()).isEqualTo(Outcome.LEFT);
            assertThat(departure.recordedMinutes()).isEqualTo(74);
            assertThat(departure.askRating()).isTrue();
            assertThat(balance(elder).held()).as("held until the elder keys").isEqualTo(120);

            door.rate(departure.visitId(), 5);
            assertThat(balance(elder).consumed()).isEqualTo(60);
            assertThat(balance(elder).held()).isZero();
            assertThat(bookings.recordOf(booking.getId()).orElseThrow())
                    .satisfies(r -> assertThat(r.getActualMinutes()).isEqualTo(60))
                    .satisfies(r -> assertThat(r.getRating()).isEqualTo(5))
                    .satisfies(r -> assertThat(r.isConfirmedByElder()).isTrue());
            assertThat(order().getState()).isEqualTo(WorkOrderState.DONE);
            assertThat(door.checkIn(elderPhone, workerNumber, null).outcome())
                    .as("the order is done: no visit at this door any more").isEqualTo(Outcome.WRONG);
        }

        @Test
        void aHalfUnitRoundsUpAndALongVisitIsCappedAtTheBooking() {
            VisitRow longOne = visitOf(75, 160);
            assertThat(longOne.consumedMinutes()).isEqualTo(120);
            assertThat(balance(elder).consumed()).isEqualTo(120);
        }

        @Test
        void aVeryShortVisitCountsThePolicysMinimum() {
            at(10, 0);
            door.checkIn(elderPhone, workerNumber, null);
            at(10, 8);
            CheckIn out = door.checkIn(elderPhone, workerNumber, null);
            door.noRating(out.visitId());
            assertThat(balance(elder).consumed()).isEqualTo(30);
            assertThat(bookings.recordOf(booking.getId()).orElseThrow().isConfirmedByElder()).isFalse();
        }

        @Test
        void aSecondCallRightAfterTheArrivalIsARepeatNotADeparture() {
            at(10, 0);
            door.checkIn(elderPhone, workerNumber, null);
            at(10, 2);
            assertThat(door.checkIn(elderPhone, workerNumber, null).outcome()).isEqualTo(Outcome.ALREADY_ARRIVED);
        }

        @Test
        void anotherWorkersNumberFindsNoVisitHere() {
            Worker other = street.worker(community, 1);
            other.update(other.getProviderId(), "9" + workerNumber, other.getFullName(), null, other.categories());
            workers.save(other);
            at(10, 0);
            assertThat(door.checkIn(elderPhone, "9" + workerNumber, null).outcome()).isEqualTo(Outcome.WRONG);
            assertThat(visitRow().status()).isEqualTo(VisitStatus.EXPECTED);
        }

        @Test
        void aFamilyMembersNumberIsNotTheEldersDoor() {
            at(10, 0);
            assertThat(door.elderAtThisDoor("13900000000")).isEmpty();
            assertThat(door.checkIn("13900000000", workerNumber, null).outcome()).isEqualTo(Outcome.WRONG);
        }
    }

    @Nested
    class WithTheVisitCode {

        @Test
        void theWorkersOwnPhoneAndTheCodeCheckInAsWeakerProofAndTheDepartureConsumesAtOnce() {
            String code = order().getVisitCode();
            at(10, 0);
            assertThat(door.elderAtThisDoor(worker.getPhone())).isEmpty();
            assertThat(door.checkIn(worker.getPhone(), workerNumber, code).proof()).isEqualTo(Proof.VISIT_CODE);
            at(12, 0);
            CheckIn out = door.checkIn(worker.getPhone(), workerNumber, code);
            assertThat(out.askRating()).isFalse();
            assertThat(balance(elder).consumed()).isEqualTo(120);
            VisitRow row = visitRow();
            assertThat(row.proof()).isEqualTo(Proof.VISIT_CODE);
            assertThat(row.strongProof()).isFalse();
            assertThat(row.status()).isEqualTo(VisitStatus.DONE);
        }

        @Test
        void aWrongCodeOrAnotherWorkersCodeIsWrong() {
            at(10, 0);
            String code = order().getVisitCode();
            String wrong = code.equals("000000") ? "000001" : "000000";
            assertThat(door.checkIn(worker.getPhone(), workerNumber, wrong).outcome()).isEqualTo(Outcome.WRONG);
            assertThat(door.checkIn(worker.getPhone(), "1" + workerNumber, code).outcome()).isEqualTo(Outcome.WRONG);
        }

        @Test
        void theCodeOpensNothingOnAnotherDay() {
            clock.set(THURSDAY_10.plusDays(1));
            assertThat(door.checkIn(worker.getPhone(), workerNumber, order().getVisitCode()).outcome())
                    .isEqualTo(Outcome.WRONG);
        }
    }

    @Nested
    class Guessing {

        @Test
        void fiveWrongCodesForAWorkerNumberLockItEvenWithTheRightCodeAndStaffSeeTheLock() {
            at(10, 0);
            String code = order().getVisitCode();
            String wrong = code.equals("000000") ? "000001" : "000000";
            for (int i = 0; i < 4; i++) {
                // from different phones: the worker number's own count locks it
                assertThat(door.checkIn("1380000" + String.format("%04d", i), workerNumber, wrong).outcome())
                        .isEqualTo(Outcome.WRONG);
            }
            assertThat(door.checkIn("13800000099", workerNumber, wrong).outcome()).isEqualTo(Outcome.LOCKED);
            assertThat(door.checkIn(worker.getPhone(), workerNumber, code).outcome()).isEqualTo(Outcome.LOCKED);
            assertThat(door.checkIn(elderPhone, workerNumber, null).outcome()).isEqualTo(Outcome.LOCKED);
            assertThat(door.lockedNow()).anySatisfy(l -> assertThat(l.subject()).isEqualTo("visit-worker:" + workerNumber));

            clock.advance(Duration.ofMinutes(31));
            assertThat(door.checkIn(elderPhone, workerNumber, null).outcome()).isEqualTo(Outcome.ARRIVED);
        }

        @Test
        void oneCallingNumberTryingManyWorkerNumbersIsLockedWithoutShowingTheNumber() {
            at(10, 0);
            String caller = "13700001" + String.format("%03d", SEQ.get());
            for (int i = 0; i < 7; i++) {
                assertThat(door.checkIn(caller, String.valueOf(80000 + i), "123456").outcome()).isEqualTo(Outcome.WRONG);
            }
            assertThat(door.checkIn(caller, "80099", "123456").outcome()).isEqualTo(Outcome.LOCKED);
            assertThat(door.lockedNow()).anySatisfy(l -> assertThat(l.subject())
                    .startsWith("visit-caller:137****" + caller.substring(7)).doesNotContain(caller));
        }
    }

    @Nested
    class Disputes {

        @Test
        void nineHoldsTheConsumptionOpensAComplaintAndStaffConsumeAnotherLength() {
            at(10, 0);
            door.checkIn(elderPhone, workerNumber, null);
            at(11, 40);
            CheckIn out = door.checkIn(elderPhone, workerNumber, null);
            door.problem(out.visitId());
            assertThat(balance(elder).held()).as("the hold stays").isEqualTo(120);
            assertThat(balance(elder).consumed()).isZero();
            VisitRow row = visitRow();
            assertThat(row.status()).isEqualTo(VisitStatus.DISPUTED);
            assertThat(row.heldBecause()).isEqualTo(HoldReason.PROBLEM);
            CareCase complaint = cases.get(row.complaintCaseId());
            assertThat(complaint.getType()).isEqualTo(CaseType.COMPLAINT);
            assertThat(complaint.getBookingId()).isEqualTo(booking.getId());

            assertThatThrownBy(() -> decisions.decide(out.visitId(), Decision.OTHER_LENGTH, 121, "超过预约", "sup"))
                    .isInstanceOfSatisfying(VisitRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(VisitRefusedException.Reason.BAD_MINUTES));
            assertThatThrownBy(() -> decisions.decide(out.visitId(), Decision.AS_RECORDED, null, " ", "sup"))
                    .isInstanceOf(VisitRefusedException.class);
            decisions.decide(out.visitId(), Decision.OTHER_LENGTH, 45, "老人说只打扫了厨房", "sup");
            assertThat(balance(elder).consumed()).isEqualTo(45);
            assertThat(balance(elder).held()).isZero();
            assertThat(visitRow()).satisfies(r -> {
                assertThat(r.status()).isEqualTo(VisitStatus.DONE);
                assertThat(r.decidedBy()).isEqualTo("sup");
                assertThat(r.decisionReason()).isEqualTo("老人说只打扫了厨房");
            });
            assertThat(cases.timeline(complaint.getId())).anySatisfy(ev -> assertThat(ev.getNote())
                    .contains("改计45分钟").contains("老人说只打扫了厨房"));
            assertThatThrownBy(() -> decisions.decide(out.visitId(), Decision.RELEASE, null, "再来一次", "sup"))
                    .isInstanceOf(VisitRefusedException.class);
        }

        @Test
        void aComplaintBeforeTheDepartureHoldsItAndReleaseChargesNothing() {
            at(10, 0);
            door.checkIn(elderPhone, workerNumber, null);
            cases.openComplaint(new ComplaintRequest(elder.elderId(), ComplaintType.ATTITUDE, Severity.NORMAL,
                    "护工态度不好", booking.getId(), worker.getId(), Channel.WECHAT, "family"));
            at(12, 0);
            CheckIn out = door.checkIn(elderPhone, workerNumber, null);
            assertThat(out.askRating()).as("held: no rating consumes it").isFalse();
            assertThat(visitRow().status()).isEqualTo(VisitStatus.DISPUTED);
            assertThat(visitRow().heldBecause()).isEqualTo(HoldReason.COMPLAINT);

            decisions.decide(out.visitId(), Decision.RELEASE, null, "核实后不收费", "sup");
            assertThat(balance(elder).consumed()).isZero();
            assertThat(balance(elder).held()).isZero();
            assertThat(balance(elder).available()).isEqualTo(1200);
            assertThat(order().getState()).isEqualTo(WorkOrderState.DONE);
        }

        @Test
        void aComplaintAfterTheConsumptionChangesNothing() {
            visitOf(0, 120);
            cases.openComplaint(new ComplaintRequest(elder.elderId(), ComplaintType.QUALITY, Severity.NORMAL,
                    "没打扫干净", booking.getId(), worker.getId(), Channel.VOICE, "elder"));
            assertThat(visitRow().status()).isEqualTo(VisitStatus.DONE);
            assertThat(balance(elder).consumed()).isEqualTo(120);
        }
    }

    @Nested
    class OnTheBoard {

        @Test
        void noArrivalFifteenMinutesAfterTheStartIsLateAndCounted() {
            at(10, 15);
            assertThat(visitRow().status()).isEqualTo(VisitStatus.EXPECTED);
            at(10, 16);
            assertThat(visitRow().status()).isEqualTo(VisitStatus.LATE);
            assertThat(board.needingStaffToday()).isPositive();
        }

        @Test
        void staffRecordAReportedArrivalAndDepartureAsStaffProof() {
            at(12, 31);
            assertThatThrownBy(() -> decisions.recordArrival(order().getId(), THURSDAY_10.withHour(12).withMinute(32),
                    "agent"))
                    .as("not in the future").isInstanceOf(VisitRefusedException.class);
            decisions.recordArrival(order().getId(), THURSDAY_10, "agent");
            assertThat(visitRow().status()).as("past the end + 30 minutes").isEqualTo(VisitStatus.NOT_CHECKED_OUT);
            decisions.recordDeparture(order().getId(), THURSDAY_10.plusMinutes(100), "agent");
            assertThat(visitRow().proof()).isEqualTo(Proof.STAFF);
            assertThat(balance(elder).consumed()).isEqualTo(90);
        }

        @Test
        void aNoShowGivesTheHoldBackAndCancelsTheOrder() {
            at(11, 0);
            decisions.markNoShow(order().getId(), "agent");
            assertThat(balance(elder).held()).isZero();
            assertThat(visitRow().status()).isEqualTo(VisitStatus.NO_SHOW);
            assertThatThrownBy(() -> decisions.markNoShow(order().getId(), "agent"))
                    .isInstanceOf(VisitRefusedException.class);
        }

        @Test
        void aLostRatingCallIsConsumedByTheSweep() {
            at(10, 0);
            door.checkIn(elderPhone, workerNumber, null);
            at(11, 0);
            door.checkIn(elderPhone, workerNumber, null);
            consumption.consumeLeftBehind();
            assertThat(balance(elder).consumed()).as("not yet: the elder may still key").isZero();
            clock.advance(Duration.ofMinutes(11));
            assertThat(consumption.consumeLeftBehind()).isPositive();
            assertThat(balance(elder).consumed()).isEqualTo(60);
        }
    }

    /** Arrives at 10:00 + {@code from} minutes and leaves {@code minutes} later from the elder's phone, no key. */
    VisitRow visitOf(int from, int minutes) {
        at(10, 0);
        clock.advance(Duration.ofMinutes(from));
        door.checkIn(elderPhone, workerNumber, null);
        clock.advance(Duration.ofMinutes(minutes));
        CheckIn out = door.checkIn(elderPhone, workerNumber, null);
        door.noRating(out.visitId());
        return visitRow();
    }

    WorkOrder order() {
        return workOrders.forBooking(booking.getId()).orElseThrow();
    }

    VisitRow visitRow() {
        return board.one(order().getId());
    }

    void at(int hour, int minute) {
        clock.set(THURSDAY_10.withHour(hour).withMinute(minute));
    }
}
