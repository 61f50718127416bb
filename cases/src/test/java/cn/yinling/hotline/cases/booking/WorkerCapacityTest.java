package cn.yinling.hotline.cases.booking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.catalog.ServiceCategory;
import cn.yinling.hotline.cases.provider.Worker;
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
    private final LocalDateTime monday9 = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Test
    void aVisitInsideAShiftWithNothingElseFits() {
        assertThat(WorkerCapacity.fits(worker, mondayMorning, List.of(), monday9, 60, null)).isTrue();
    }

    @Test
    void aVisitRunningPastTheEndOfTheShiftDoesNotFit() {
        assertThat(WorkerCapacity.fits(worker, mondayMorning, List.of(), monday9.withHour(11), 90, null)).isFalse();
    }

    @Test
    void aVisitOnADayWithoutShiftDoesNotFit() {
        assertThat(WorkerCapacity.fits(worker, mondayMorning, List.of(), monday9.plusDays(1), 60, null)).isFalse();
    }
}
