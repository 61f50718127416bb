package cn.yinling.hotline.cases.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.support.Race;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One-time tokens of the calls the hotline places, on whichever database the subclass runs: a
 * token lets exactly one call into its own script about its own check-in or booking, in time.
 */
abstract class OutboundCallTokensTest extends CasesSpringTest {

    private static final Duration VALIDITY = Duration.ofMinutes(10);
    private static final AtomicInteger BOOKINGS = new AtomicInteger(900_000);

    @Autowired
    OutboundCallTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    final String booking = Integer.toString(BOOKINGS.incrementAndGet());

    @Test
    void aTokenAdmitsOneCallIntoItsScriptAboutItsSubject() {
        String token = tokens.issue("followup", booking, VALIDITY);

        assertThat(tokens.redeem("followup", "1", token)).isEqualTo(TokenCheck.OTHER_CALL);
        assertThat(tokens.redeem("checkin", booking, token)).isEqualTo(TokenCheck.OTHER_CALL);
        assertThat(tokens.redeem("followup", booking, token)).isEqualTo(TokenCheck.ACCEPTED);
        assertThat(tokens.redeem("followup", booking, token)).as("used").isEqualTo(TokenCheck.UNKNOWN_OR_USED);
    }

    @Test
    void aLateCallIsRefusedAsExpired() {
        String token = tokens.issue("followup", booking, VALIDITY);
        clock.advance(VALIDITY);
        assertThat(tokens.redeem("followup", booking, token)).isEqualTo(TokenCheck.EXPIRED);
    }

    @Test
    void noTokenOrAMadeUpOneIsRefused() {
        tokens.issue("followup", booking, VALIDITY);
        assertThat(tokens.redeem("followup", booking, null)).isEqualTo(TokenCheck.MISSING);
        assertThat(tokens.redeem("followup", booking, " ")).isEqualTo(TokenCheck.MISSING);
        assertThat(tokens.redeem("followup", booking, "A".repeat(32))).isEqualTo(TokenCheck.UNKNOWN_OR_USED);
    }

    @Test
    void tokensAreRandomAndOnlyTheirHashIsStored() {
        String one = tokens.issue("followup", booking, VALIDITY);
        String two = tokens.issue("followup", booking, VALIDITY);
        assertThat(one).matches("[A-Za-z0-9_-]{32}").isNotEqualTo(two);
        assertThat(jdbc.queryForObject("select count(*) from outbound_call_token where token_hash in (?, ?)",
                Integer.class, one, two)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbound_call_token where subject = ?", Integer.class,
                booking)).isEqualTo(2);
    }

    @Test
    void nodesRedeemingOneTokenAtOnceAdmitOneCall() throws Exception {
        String token = tokens.issue("followup", booking, VALIDITY);
        List<TokenCheck> checks = new CopyOnWriteArrayList<>();
        Race.race(8, i -> checks.add(tokens.redeem("followup", booking, token)));
        assertThat(checks).containsOnlyOnce(TokenCheck.ACCEPTED).hasSize(8);
    }
}
