package cn.yinling.hotline.cases.responders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class OnCallHoursTest {

    @Test
    void aDayWindowCoversTheDayOnly() {
        OnCallHours day = OnCallHours.parse("8:00-20:00");
        assertThat(day.text()).isEqualTo("08:00-20:00");
        assertThat(day.covers(LocalTime.of(8, 0))).isTrue();
        assertThat(day.covers(LocalTime.of(19, 59))).isTrue();
        assertThat(day.covers(LocalTime.of(20, 0))).isFalse();
        assertThat(day.covers(LocalTime.of(3, 0))).isFalse();
    }

    @Test
    void aNightWindowRunsPastMidnight() {
        OnCallHours night = OnCallHours.parse("20点-8点");
        assertThat(night.text()).isEqualTo("20:00-08:00");
        assertThat(night.covers(LocalTime.of(23, 30))).isTrue();
        assertThat(night.covers(LocalTime.of(7, 59))).isTrue();
        assertThat(night.covers(LocalTime.of(12, 0))).isFalse();
    }

    @Test
    void severalWindowsAreReadWithChinesePunctuation() {
        OnCallHours split = OnCallHours.parse("07:30－11:30；17:00～21:00");
        assertThat(split.text()).isEqualTo("07:30-11:30;17:00-21:00");
        assertThat(split.covers(LocalTime.of(12, 0))).isFalse();
        assertThat(split.covers(LocalTime.of(18, 0))).isTrue();
    }

    @Test
    void blankOrAllDayIsAnyTime() {
        assertThat(OnCallHours.parse("").anyTime()).isTrue();
        assertThat(OnCallHours.parse("全天").covers(LocalTime.of(3, 0))).isTrue();
        assertThat(OnCallHours.parse("0:00-24:00").covers(LocalTime.of(3, 0))).isTrue();
    }

    @Test
    void unreadableHoursAreRefused() {
        assertThatThrownBy(() -> OnCallHours.parse("白天")).isInstanceOf(InvalidOnCallHoursException.class);
        assertThatThrownBy(() -> OnCallHours.parse("25:00-26:00")).isInstanceOf(InvalidOnCallHoursException.class);
        assertThatThrownBy(() -> OnCallHours.parse("8:61-9:00")).isInstanceOf(InvalidOnCallHoursException.class);
    }
}
