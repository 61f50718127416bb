package cn.yinling.hotline.console.queue;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether waiting calls and chats are assigned automatically, and how many an agent holds at once:
 * one row of {@code assignment_setting} (V35), shared by every node, switched by an admin.
 */
@Service
public class AssignmentSettings {

    /** The most calls and chats one agent may be given at once. */
    public static final int MOST_CHATS = 10;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AssignmentSettings(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param maxChats live contacts an agent holds before no more are assigned to them */
    public record Setting(boolean automatic, int maxChats, String changedBy) {
    }

    @Transactional(readOnly = true)
    public Setting current() {
        return jdbc.queryForObject("select automatic, max_chats, changed_by from assignment_setting where id = 1",
                (rs, n) -> new Setting(rs.getBoolean(1), rs.getInt(2), rs.getString(3)));
    }

    @Transactional
    public void change(boolean automatic, int maxChats, String by) {
        if (maxChats < 1 || maxChats > MOST_CHATS) {
            throw new IllegalArgumentException("max chats must be 1.." + MOST_CHATS);
        }
        jdbc.update("update assignment_setting set automatic = ?, max_chats = ?, changed_by = ?, changed_at = ? where id = 1",
                automatic, maxChats, by, Timestamp.from(clock.instant()));
    }
}
