package cn.yinling.hotline.console.voice;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.reminder.BookingReminders;
import cn.yinling.hotline.cases.voice.Pace;
import cn.yinling.hotline.cases.voice.VoicePreference;
import cn.yinling.hotline.cases.voice.VoicePreferences;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Changes how the phone line speaks to an elder (pace, prompt set) and whether they get a reminder
 * call the day before a visit; every change is audited, a refused one changes nothing.
 */
@Service
class VoiceEdits {

    /** Reminders listed on the record page. */
    private static final int REMINDERS_SHOWN = 5;

    private final VoicePreferences preferences;
    private final BookingReminders reminders;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;

    VoiceEdits(VoicePreferences preferences, BookingReminders reminders, ConsoleAudit audit, ConsoleMessages messages) {
        this.preferences = preferences;
        this.reminders = reminders;
        this.audit = audit;
        this.messages = messages;
    }

    VoiceView view(long elderId) {
        ElderId id = new ElderId(elderId);
        return new VoiceView(preferences.of(id), List.of(Pace.values()), preferences.promptSets(),
                reminders.ofElder(id, REMINDERS_SHOWN));
    }

    /** The problem in words, or empty when saved. */
    Optional<String> change(long elderId, String pace, String promptSet, boolean reminderCalls, String agent) {
        Pace p = Arrays.stream(Pace.values()).filter(x -> x.name().equals(pace)).findFirst().orElse(null);
        if (p == null) {
            return Optional.of(messages.get("voice.pace.invalid"));
        }
        String set = promptSet == null || promptSet.isBlank() ? null : promptSet.strip();
        if (set != null && !preferences.promptSets().containsKey(set)) {
            return Optional.of(messages.get("voice.promptSet.invalid"));
        }
        ElderId id = new ElderId(elderId);
        preferences.change(id, new VoicePreference(p, set, reminderCalls), agent);
        audit.record(agent, Action.UPDATE, id, "voice", messages.get("voice.pace." + p),
                set == null ? messages.get("voice.promptSet.standard") : preferences.promptSets().get(set),
                messages.get(reminderCalls ? "voice.reminderCalls.on" : "voice.reminderCalls.off"));
        return Optional.empty();
    }
}
