package cn.yinling.hotline.cases.outbound;

import cn.yinling.hotline.cases.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time tokens for the calls the hotline places: issued when a call is originated, bound to the
 * script and to what the call is about (a check-in attempt, a booking), and used up by the script
 * that answers it. Kept in the shared database, so a call placed by one node is accepted by
 * whichever node Asterisk connects to, and only once.
 */
@Service
public class OutboundCallTokens {

    /** 192 random bits: 32 URL-safe characters, safe in an AMI header and a channel variable. */
    private static final int TOKEN_BYTES = 24;
    /** Expired tokens are kept a day, so a late call is logged as late rather than as unknown. */
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OutboundCallTokenRepository tokens;
    private final Clock clock;

    OutboundCallTokens(OutboundCallTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A fresh token for one call into {@code script} about {@code subject}, valid for {@code validity}. */
    @Transactional
    public String issue(String script, String subject, Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("A token must be valid for some time, not " + validity);
        }
        Instant now = clock.instant();
        tokens.deleteExpiredBefore(now.minus(KEPT_AFTER_EXPIRY));
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        tokens.insert(Sha256.hex(token), script, subject, now, now.plus(validity));
        return token;
    }

    /**
     * Uses up {@code token} if it was issued for {@code script} and {@code subject}, is unused and in
     * time; otherwise says why not and leaves it as it was.
     */
    @Transactional
    public TokenCheck redeem(String script, String subject, String token) {
        if (token == null || token.isBlank()) {
            return TokenCheck.MISSING;
        }
        String hash = Sha256.hex(token.strip());
        Instant now = clock.instant();
        if (tokens.redeem(hash, script, subject, now) == 1) {
            return TokenCheck.ACCEPTED;
        }
        return tokens.findById(hash).map(t -> t.isFor(script, subject) ? TokenCheck.EXPIRED : TokenCheck.OTHER_CALL)
                .orElse(TokenCheck.UNKNOWN_OR_USED);
    }

}
