package cn.yinling.hotline.cases.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock, except while the demo street's past weeks are replayed at start-up: the
 * generator then sets the time so that the real booking rules (lead times, windows, expiry) run
 * as they would have on those days. Used only when demo data is enabled.
 */
public class DemoClock extends Clock {

    private final Clock system;
    private volatile Instant replayAt;

    public DemoClock(Clock system) {
        this.system = system;
    }

    void replayAt(Instant at) {
        this.replayAt = at;
    }

    void backToNow() {
        this.replayAt = null;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(system.withZone(zone));
    }

    @Override
    public Instant instant() {
        Instant at = replayAt;
        return at != null ? at : system.instant();
    }
}
