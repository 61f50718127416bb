package cn.yinling.hotline.ivr.voice;

import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.voice.VoicePreference;
import cn.yinling.hotline.cases.voice.VoicePreferences;
import cn.yinling.hotline.ivr.call.ElderVoice;
import cn.yinling.hotline.ivr.call.SoundDirectories;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An elder's voice preference as sound directories. Beside the standard set {@code <dir>}
 * ({@code hotline.ivr.sound-directory}) a centre renders or records {@code <dir>-slow} (slow pace,
 * {@code render-prompts.sh --pace slow}) and a set per dialect it offers ({@code hotline.voice.prompt-sets}):
 * {@code <dir>-<set>}, {@code <dir>-<set>-slow}. A piece is looked for in the elder's most particular
 * directory first and the standard one last; the dialect weighs more than the pace (a slow Mandarin
 * piece is less familiar to a Sichuan elder than a Sichuan one at normal pace).
 */
public final class ElderVoices implements ElderVoice {

    static final String SLOW = "slow";
    private static final Logger log = LoggerFactory.getLogger(ElderVoices.class);

    private final VoicePreferences preferences;
    private final String standard;

    public ElderVoices(VoicePreferences preferences, String standard) {
        this.preferences = preferences;
        this.standard = standard;
    }

    @Override
    public SoundDirectories directoriesFor(ElderId elder) {
        VoicePreference preference;
        try {
            preference = preferences.of(elder);
        } catch (RuntimeException e) {
            log.warn("Voice preference of elder {} not read; standard prompts", elder, e);
            return SoundDirectories.of(standard);
        }
        return directoriesFor(preference, preferences.usablePromptSet(preference));
    }

    /** {@code promptSet}: a set the centre offers, or null for the standard one. */
    SoundDirectories directoriesFor(VoicePreference preference, String promptSet) {
        List<String> dirs = new ArrayList<>();
        if (promptSet != null) {
            if (preference.slow()) {
                dirs.add(standard + "-" + promptSet + "-" + SLOW);
            }
            dirs.add(standard + "-" + promptSet);
        }
        if (preference.slow()) {
            dirs.add(standard + "-" + SLOW);
        }
        dirs.add(standard);
        return new SoundDirectories(dirs);
    }
}
