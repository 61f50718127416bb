package cn.yinling.hotline.cases.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock, except on the thread replaying the demo street's past weeks at start-up: the
 * generator then sets the time so that the real booking rules (lead times, windows, expiry) run
 * as they would have on those days. Every other thread (callers served while the demo street loads
 * in the background) reads the system time. Used only when demo data is enabled.
 */
public class DemoClock extends Clock {

    private record Replay(Thread thread, Instant at) {
    }

    private final Clock system;
    private volatile Replay replay;

    public DemoClock(Clock system) {
        this.system = system;
    }

    void replayAt(Instant at) {
        this.replay = new Replay(Thread.currentThread(), at);
    }

    void backToNow() {
        this.replay = null;
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
        Replay r = replay;
        return r != null && r.thread() == Thread.currentThread() ? r.at() : system.instant();
    }
}
