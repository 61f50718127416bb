package cn.yinling.hotline.cases.booking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.catalog.ServiceCategory;
import cn.yinling.hotline.cases.provider.Provider;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerAbsence;
import cn.yinling.hotline.cases.provider.WorkerShift;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerCapacityTest {

    private final Worker worker = new Worker(1L, "孙丽", null, EnumSet.of(ServiceCategory.LIFE_CARE), 1);
    private final List<WorkerShift> mondayMorning = List.of(
            new WorkerShift(1L, DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
    private final Provider provider = new Provider("测试服务社", null, "采石社区");
    private static final ServiceCategory LIFE = ServiceCategory.LIFE_CARE;
    private final LocalDateTime monday9 = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Test
    void aVisitInsideAShiftWithNothingElseFits() {
        assertThat(WorkerCapacity.fits(worker, provider, LIFE, mondayMorning, List.of(), List.of(), monday9, 60, null)).isTrue();
    }

    @Test
    void aVisitRunningPastTheEndOfTheShiftDoesNotFit() {
        assertThat(WorkerCapacity.fits(worker, provider, LIFE, mondayMorning, List.of(), List.of(), monday9.withHour(11), 90, null)).isFalse();
    }

    @Test
    void aVisitOnADayWithoutShiftDoesNotFit() {
        assertThat(WorkerCapacity.fits(worker, provider, LIFE, mondayMorning, List.of(), List.of(), monday9.plusDays(1), 60, null)).isFalse();
    }

    @Test
    void aVisitOnADayOfLeaveDoesNotFit() {
        WorkerAbsence leave = new WorkerAbsence(1L, WorkerAbsence.Kind.SICK, monday9.toLocalDate(), monday9.toLocalDate(),
                "感冒", "supervisor", java.time.Instant.EPOCH);
        assertThat(WorkerCapacity.fits(worker, provider, LIFE, mondayMorning, List.of(leave), List.of(), monday9, 60, null))
                .isFalse();
        assertThat(WorkerCapacity.fits(worker, provider, LIFE, mondayMorning, List.of(leave), List.of(), monday9.plusWeeks(1),
                60, null)).isTrue();
    }

    @Test
    void aDeactivatedWorkerOrProviderTakesNothing() {
        Provider closed = new Provider("停业服务社", null, "采石社区");
        closed.deactivate();
        assertThat(WorkerCapacity.fits(worker, closed, LIFE, mondayMorning, List.of(), List.of(), monday9, 60, null)).isFalse();
        Worker gone = new Worker(1L, "李强", null, EnumSet.of(ServiceCategory.LIFE_CARE), 1);
        gone.deactivate();
        assertThat(WorkerCapacity.fits(gone, provider, LIFE, mondayMorning, List.of(), List.of(), monday9, 60, null)).isFalse();
    }
}
