package cn.yinling.hotline.console.security;

import cn.yinling.hotline.console.ConsoleProperties;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * When a signed-in agent last did something: signed in, opened a page or sent a change. Requests
 * the pages make by themselves (the transcript's polls, the event streams) are not counted (see
 * {@link IdleSignOut}), so a case left open on an unattended screen still ends after
 * {@code hotline.console.session-timeout}. The servlet session's own time-out cannot tell the two
 * apart: every poll renews it. Public because the event streams end when the agent's idle time runs
 * out, so that their reconnect is checked.
 */
@Component
public class IdleSessions {

    static final String LAST_ACTION = IdleSessions.class.getName() + ".lastAction";

    private final Duration timeout;
    private final Clock clock;

    IdleSessions(ConsoleProperties properties, Clock clock) {
        this.timeout = properties.sessionTimeout();
        this.clock = clock;
    }

    void acted(HttpSession session) {
        session.setAttribute(LAST_ACTION, clock.instant());
    }

    /** Whether the agent has done nothing for the whole time-out; a session never seen acting counts from now. */
    boolean idle(HttpSession session) {
        if (!(session.getAttribute(LAST_ACTION) instanceof Instant last)) {
            acted(session);
            return false;
        }
        return !clock.instant().isBefore(last.plus(timeout));
    }

    /** How long the session has left unless the agent does something; the whole time-out when unknown. */
    public Duration remaining(HttpSession session) {
        if (session == null || !(session.getAttribute(LAST_ACTION) instanceof Instant last)) {
            return timeout;
        }
        Duration left = Duration.between(clock.instant(), last.plus(timeout));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
