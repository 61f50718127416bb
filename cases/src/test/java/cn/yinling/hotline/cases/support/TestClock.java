package cn.yinling.hotline.cases.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests set and move, so "next Wednesday" and "end of quarter" are deterministic. */
public class TestClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    public TestClock(LocalDateTime start) {
        set(start);
    }

    public void set(LocalDateTime localTime) {
        this.now = localTime.atZone(ZONE).toInstant();
    }

    public void advance(Duration d) {
        this.now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The test clock stays in " + ZONE);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
