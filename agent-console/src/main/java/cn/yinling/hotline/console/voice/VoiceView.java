package cn.yinling.hotline.console.voice;

import cn.yinling.hotline.cases.reminder.ReminderOutcome;
import cn.yinling.hotline.cases.voice.Pace;
import cn.yinling.hotline.cases.voice.VoicePreference;
import java.util.List;
import java.util.Map;

/**
 * The voice and reminder form of an elder's record page: the elder's preference, the choices, and
 * what the latest reminder calls came to.
 */
public record VoiceView(VoicePreference preference, List<Pace> paces, Map<String, String> promptSets,
        List<ReminderOutcome> reminders) {
}
