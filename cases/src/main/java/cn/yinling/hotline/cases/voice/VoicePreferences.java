package cn.yinling.hotline.cases.voice;

import cn.yinling.hotline.cases.elder.ElderId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each elder's voice preference (pace, prompt set) and reminder opt-in, kept in {@code elder_voice}. */
@Service
public class VoicePreferences {

    private final JdbcTemplate jdbc;
    private final VoiceProperties properties;
    private final Clock clock;

    VoicePreferences(JdbcTemplate jdbc, VoiceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The elder's preference; the standard one when none was set. */
    @Transactional(readOnly = true)
    public VoicePreference of(ElderId elderId) {
        List<VoicePreference> found = jdbc.query(
                "select pace, prompt_set, reminder_calls from elder_voice where elder_id = ?",
                (rs, i) -> new VoicePreference(Pace.valueOf(rs.getString(1)), rs.getString(2), rs.getBoolean(3)),
                elderId.value());
        return found.isEmpty() ? VoicePreference.STANDARD : found.get(0);
    }

    /**
     * Sets the elder's preference.
     *
     * @throws IllegalArgumentException when the prompt set is not one the centre offers
     * @throws java.util.NoSuchElementException when there is no such elder
     */
    @Transactional
    public void change(ElderId elderId, VoicePreference preference, String actor) {
        if (!properties.offers(preference.promptSet())) {
            throw new IllegalArgumentException("No prompt set " + preference.promptSet());
        }
        // The elder's row lock: two agents saving at once for an elder without a row yet must not both insert.
        if (jdbc.queryForList("select id from elder where id = ? for update", Long.class, elderId.value()).isEmpty()) {
            throw new NoSuchElementException("No elder " + elderId);
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("""
                update elder_voice set pace = ?, prompt_set = ?, reminder_calls = ?, updated_at = ?, updated_by = ?
                where elder_id = ?""", preference.pace().name(), preference.promptSet(), preference.reminderCalls(),
                now, actor, elderId.value());
        if (updated == 0) {
            jdbc.update("""
                    insert into elder_voice (elder_id, pace, prompt_set, reminder_calls, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?)""", elderId.value(), preference.pace().name(), preference.promptSet(),
                    preference.reminderCalls(), now, actor);
        }
    }

    /** The recorded prompt sets besides the standard one: id → name. */
    public Map<String, String> promptSets() {
        return properties.promptSets();
    }

    /** The prompt set the phone line can use for this preference: its own if still offered, else the standard. */
    public String usablePromptSet(VoicePreference preference) {
        return preference.promptSet() != null && properties.promptSets().containsKey(preference.promptSet())
                ? preference.promptSet() : null;
    }
}
