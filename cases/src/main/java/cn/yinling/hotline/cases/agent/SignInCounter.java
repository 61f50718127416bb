package cn.yinling.hotline.cases.agent;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Persistable;

/**
 * Console sign-in attempts of one subject (a username or a client address) in the current window,
 * and until when it is locked. An attempt is counted before its password is checked and taken back
 * when the password was right, so guesses running in parallel cannot get past the limit.
 * {@link Persistable}: a new counter is inserted, never merged into one another node inserted meanwhile
 * (the primary key refuses it, and the attempt is counted again on the row that is there).
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInCounter implements Persistable<String> {

    @Id
    private String subject;
    private Instant windowStart;
    private int attempts;
    private Instant lockedUntil;
    @Transient
    private boolean fresh;

    protected SignInCounter() {
    }

    public SignInCounter(String subject, Instant now) {
        this.subject = subject;
        this.windowStart = now;
        this.fresh = true;
    }

    @Override
    public String getId() {
        return subject;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    public String getSubject() {
        return subject;
    }

    public int getAttempts() {
        return attempts;
    }

    /** Until when sign-in is refused, if it is at {@code now}. */
    public Optional<Instant> lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** Starts a new window (and forgets its attempts) once the current one is {@code window} old. */
    public void startWindowIfOver(Instant now, Duration window) {
        if (!now.isBefore(windowStart.plus(window))) {
            windowStart = now;
            attempts = 0;
        }
    }

    public boolean reached(int limit) {
        return attempts >= limit;
    }

    public void count() {
        attempts++;
    }

    /** Locked until {@code until}; counting starts afresh then, so the old attempts do not lock it again. */
    public void lock(Instant until) {
        lockedUntil = until;
        windowStart = until;
        attempts = 0;
    }

    /** One counted attempt had the right password. */
    public void proven() {
        attempts = Math.max(0, attempts - 1);
    }

    /** The account's owner signed in: earlier failures were theirs, or are forgiven. */
    public void clear() {
        attempts = 0;
    }
}
