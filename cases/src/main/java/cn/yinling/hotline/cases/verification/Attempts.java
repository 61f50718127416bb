package cn.yinling.hotline.cases.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guards of one check, row-locked for the caller's transaction: is any locked, count a failure,
 * clear. A check that takes long (a password hash) counts its attempt before ({@link #admit}) and
 * settles it after ({@link #failAdmitted}, {@link #takeBack}), instead of holding the rows meanwhile.
 */
public final class Attempts {

    private final Map<String, AttemptGuard> guards;
    private final Map<String, Limit> limits;
    private final Instant now;

    Attempts(Map<String, AttemptGuard> guards, Map<String, Limit> limits, Instant now) {
        this.guards = guards;
        this.limits = limits;
        this.now = now;
    }

    /** The latest lock among the subjects that is still in force. */
    public Optional<Instant> lockedUntil() {
        return guards.values().stream().filter(g -> g.isLocked(now)).map(AttemptGuard::lockedUntil)
                .max(Instant::compareTo);
    }

    /** Counts a wrong answer against every subject; returns the subjects this answer locked. */
    public List<String> fail() {
        List<String> locked = new ArrayList<>();
        guards.forEach((subject, guard) -> {
            if (guard.fail(now, limits.get(subject))) {
                locked.add(subject);
            }
        });
        return locked;
    }

    /**
     * Counts an attempt against every subject before its answer is known (see
     * {@link AttemptGuard#admit}); returns the subjects it found full and locked. Follow with
     * {@link #failAdmitted()} or {@link #takeBack} once the answer is known, each in a new
     * transaction, so no row stays locked while the answer is checked.
     */
    public List<String> admit() {
        List<String> locked = new ArrayList<>();
        guards.forEach((subject, guard) -> {
            if (guard.admit(now, limits.get(subject))) {
                locked.add(subject);
            }
        });
        return locked;
    }

    /** The admitted attempt was wrong; returns the subjects whose count it brought to the limit, now locked. */
    public List<String> failAdmitted() {
        List<String> locked = new ArrayList<>();
        guards.forEach((subject, guard) -> {
            if (guard.failAdmitted(now, limits.get(subject))) {
                locked.add(subject);
            }
        });
        return locked;
    }

    /** The admitted attempt was right: it no longer counts against the given subjects. */
    public void takeBack(String... subjects) {
        for (String s : subjects) {
            AttemptGuard g = guards.get(s);
            if (g != null) {
                g.takeBack();
            }
        }
    }

    /** Clears the count of the given subjects (a right answer); others keep theirs. */
    public void clear(String... subjects) {
        for (String s : subjects) {
            AttemptGuard g = guards.get(s);
            if (g != null) {
                g.reset();
            }
        }
    }
}
