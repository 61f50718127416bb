package cn.yinling.hotline.console.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * Signing in is refused because the username or the client address failed too often. A
 * {@link LockedException}, so Spring's provider manager reports it at once instead of asking
 * another provider, and the password is never checked.
 */
class SignInLocked extends LockedException {

    private final transient Instant until;

    SignInLocked(Instant until) {
        super("Sign-in locked until " + until);
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
