package cn.yinling.hotline.cases.followup;

import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds recorded visits to follow up by phone and claims each for one call: a visit not rated yet,
 * recorded between {@code give-up-after} and {@code delay} ago, called during the day. The claim is
 * a conditional update of {@code followup_placed_at}, so with several nodes (or after a restart)
 * each visit is called at most once.
 */
@Service
public class DueFollowUps {

    private final JdbcTemplate jdbc;
    private final Elders elders;
    private final FollowUpProperties properties;
    private final Clock clock;

    DueFollowUps(JdbcTemplate jdbc, Elders elders, FollowUpProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.elders = elders;
        this.properties = properties;
        this.clock = clock;
    }

    /** Claims up to {@code batch} visits to call now; none outside the calling hours. */
    @Transactional
    public List<DueFollowUp> claim() {
        Instant now = clock.instant();
        LocalTime local = now.atZone(clock.getZone()).toLocalTime();
        if (local.isBefore(properties.callFrom()) || !local.isBefore(properties.callUntil())) {
            return List.of();
        }
        List<long[]> candidates = jdbc.query("""
                select s.booking_id, b.elder_id from service_record s join booking b on b.id = s.booking_id
                where s.followup_placed_at is null and s.rating is null
                  and s.recorded_at <= ? and s.recorded_at > ?
                order by s.recorded_at fetch first ? rows only""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                Timestamp.from(now.minus(properties.delay())), Timestamp.from(now.minus(properties.giveUpAfter())),
                properties.batch());
        List<DueFollowUp> claimed = new ArrayList<>();
        for (long[] c : candidates) {
            int won = jdbc.update("update service_record set followup_placed_at = ? where booking_id = ? and followup_placed_at is null",
                    Timestamp.from(now), c[0]);
            if (won == 1) {
                ElderId elder = new ElderId(c[1]);
                List<PhoneNumber> phones = elders.phonesOf(elder);
                claimed.add(new DueFollowUp(c[0], elder, phones.isEmpty() ? null : phones.get(0).digits()));
            }
        }
        return claimed;
    }

    /** Undoes the claim of a visit whose call was never placed (the dialer was down): it is called later. */
    @Transactional
    public void release(long bookingId) {
        jdbc.update("update service_record set followup_placed_at = null where booking_id = ?", bookingId);
    }
}
