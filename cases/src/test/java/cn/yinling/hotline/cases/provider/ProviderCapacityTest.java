package cn.yinling.hotline.cases.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRefusedException;
import cn.yinling.hotline.cases.booking.BookingRefusedException.Reason;
import cn.yinling.hotline.cases.booking.WorkerReassignments;
import cn.yinling.hotline.cases.booking.WorkerReassignments.FutureVisit;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.Registration;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Booking capacity follows what staff keep about providers and workers: leave and sick days, the
 * contract's period, categories and area, and deactivation; a worker's stranded visits go to another
 * worker who is free then. On whichever database the subclass runs.
 */
abstract class ProviderCapacityTest extends CasesSpringTest {

    private static final AtomicInteger NUMBER = new AtomicInteger(2000);
    /** Wednesday, two days after the test clock's start: beyond every lead time. */
    private static final LocalDateTime WEDNESDAY_10 = LocalDateTime.of(2026, 3, 4, 10, 0);

    @Autowired
    ProviderDirectory directory;
    @Autowired
    WorkerReassignments reassignments;
    @Autowired
    Elders elders;

    Long provider(String contractStart, String contractEnd, String streets, String communities, String... categories) {
        ProviderDirectory.Outcome out = directory.saveProvider(null, new ProviderDraft("测试家政" + NUMBER.get(), "张经理",
                "13905550000", "HT-1", contractStart, contractEnd, List.of(categories), streets, communities));
        assertThat(out.problems()).isEmpty();
        return out.id();
    }

    Long worker(Long providerId, String... categories) {
        ProviderDirectory.Outcome out = directory.saveWorker(null, new WorkerDraft(providerId,
                String.valueOf(NUMBER.incrementAndGet()), "刘红", "13905551111", List.of(categories)));
        assertThat(out.problems()).isEmpty();
        for (DayOfWeek d : DayOfWeek.values()) {
            assertThat(directory.addShift(out.id(), String.valueOf(d.getValue()), "08:00", "12:00").ok()).isTrue();
            assertThat(directory.addShift(out.id(), String.valueOf(d.getValue()), "13:30", "17:30").ok()).isTrue();
        }
        return out.id();
    }

    void refusedForCapacity(Elder e, LocalDateTime at) {
        assertThatThrownBy(() -> book(e, "cleaning", at, 60)).isInstanceOfSatisfying(BookingRefusedException.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.NO_CAPACITY));
    }

    @Test
    void aWorkerOnSickLeaveTakesNoVisitThoseDaysAndTakesThemAgainAfter() {
        Long w = worker(provider(null, null, "", community, "HOUSEKEEPING"), "HOUSEKEEPING");
        assertThat(directory.addAbsence(w, "SICK", "2026-03-04", "2026-03-05", "住院", "supervisor").ok()).isTrue();
        Elder e = street.elderWithPolicy(community, null);
        refusedForCapacity(e, WEDNESDAY_10);
        refusedForCapacity(e, WEDNESDAY_10.plusDays(1));
        assertThat(book(e, "cleaning", WEDNESDAY_10.plusDays(2), 60).getWorkerId()).isEqualTo(w);
    }

    @Test
    void aProviderServesOnlyInsideItsContractPeriodAndCategories() {
        Long w = worker(provider("2026-01-01", "2026-03-04", "", community, "HOUSEKEEPING", "LIFE_CARE"), "HOUSEKEEPING",
                "LIFE_CARE");
        Elder e = street.elderWithPolicy(community, null);
        assertThat(book(e, "cleaning", WEDNESDAY_10, 60).getWorkerId()).as("the contract's last day").isEqualTo(w);
        refusedForCapacity(e, WEDNESDAY_10.plusDays(1));

        Long other = worker(provider("2026-03-01", null, "", community, "LIFE_CARE"), "LIFE_CARE");
        // A worker ticked for housekeeping is not sent for it when the provider's contract lacks it.
        assertThat(directory.saveWorker(other, new WorkerDraft(directory.worker(other).getProviderId(),
                directory.worker(other).getWorkerNumber(), "刘红", null, List.of("HOUSEKEEPING"))).problems())
                .containsExactly(ProviderProblem.CATEGORY_NOT_IN_CONTRACT);
        refusedForCapacity(e, WEDNESDAY_10.plusDays(2));
    }

    @Test
    void aProviderServesTheStreetsAndCommunitiesOfItsArea() {
        // A street of this test's own, so the provider of the whole street serves no other test's elders.
        String ownStreet = community + "街道";
        Elder e = street.elder(elders.createHousehold("测试路1号", ownStreet, community, Registration.URBAN), "王秀英");
        worker(provider(null, null, "别的街道", "别的社区", "HOUSEKEEPING"), "HOUSEKEEPING");
        refusedForCapacity(e, WEDNESDAY_10);
        Long w = worker(provider(null, null, ownStreet, "", "HOUSEKEEPING"), "HOUSEKEEPING");
        assertThat(book(e, "cleaning", WEDNESDAY_10, 60).getWorkerId()).isEqualTo(w);
    }

    @Test
    void aDeactivatedWorkerOrProviderTakesNoNewVisits() {
        Long p = provider(null, null, "", community, "HOUSEKEEPING");
        Long w = worker(p, "HOUSEKEEPING");
        Elder e = street.elderWithPolicy(community, null);
        directory.setWorkerActive(w, false);
        refusedForCapacity(e, WEDNESDAY_10);
        directory.setWorkerActive(w, true);
        directory.setProviderActive(p, false);
        refusedForCapacity(e, WEDNESDAY_10);
        directory.setProviderActive(p, true);
        assertThat(book(e, "cleaning", WEDNESDAY_10, 60).getWorkerId()).isEqualTo(w);
    }

    @Test
    void visitsStrandedByLeaveGoToAFreeWorkerWhoDoesTheService() {
        Long p = provider(null, null, "", community, "HOUSEKEEPING", "HEALTH");
        Long first = worker(p, "HOUSEKEEPING");
        Elder e = street.elderWithPolicy(community, null);
        Booking wednesday = book(e, "cleaning", WEDNESDAY_10, 60);
        Booking friday = book(e, "cleaning", WEDNESDAY_10.plusDays(2), 60);
        assertThat(wednesday.getWorkerId()).isEqualTo(first);
        Long nurseOnly = worker(p, "HEALTH");
        Long second = worker(p, "HOUSEKEEPING");
        Long alsoOnLeave = worker(p, "HOUSEKEEPING");
        directory.addAbsence(first, "LEAVE", "2026-03-04", "2026-03-04", "事假", "supervisor");
        directory.addAbsence(alsoOnLeave, "LEAVE", "2026-03-04", "2026-03-04", "年假", "supervisor");

        assertThat(reassignments.futureVisits(first)).extracting(v -> v.booking().getId(), FutureVisit::stranded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(wednesday.getId(), true),
                        org.assertj.core.groups.Tuple.tuple(friday.getId(), false));
        assertThat(reassignments.alternatives(wednesday.getId())).extracting(Worker::getId).containsExactly(second)
                .doesNotContain(nurseOnly, alsoOnLeave);

        assertThatThrownBy(() -> reassignments.reassign(wednesday.getId(), alsoOnLeave))
                .isInstanceOfSatisfying(BookingRefusedException.class, r -> assertThat(r.reason()).isEqualTo(Reason.NO_CAPACITY));
        assertThat(reassignments.reassign(wednesday.getId(), second)).isEqualTo(first);
        assertThat(bookings.find(wednesday.getId()).orElseThrow().getWorkerId()).isEqualTo(second);
        assertThat(reassignments.futureVisits(first)).extracting(v -> v.booking().getId()).containsExactly(friday.getId());
    }
}
