package cn.yinling.hotline.ivr.call;

import cn.yinling.hotline.cases.elder.ElderId;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;

/**
 * Says a prompt on a call. Asterisk has no Chinese text-to-speech, so how a text becomes sound is
 * behind this seam: today the prompt's pre-rendered catalog pieces, one file each
 * ({@link StreamFilePromptPlayer}).
 */
public interface PromptPlayer {

    /**
     * Plays the prompt, letting any of {@code escapeDigits} interrupt it (Asterisk keeps no key
     * buffer, so a key pressed during a prompt is lost unless the prompt itself accepts it). A key
     * ends the whole prompt, whichever piece it interrupted.
     *
     * @return the key that interrupted the prompt, or empty when it played out (or could not be played)
     */
    Optional<Character> play(AgiChannel channel, Prompt prompt, String escapeDigits) throws AgiException;

    /**
     * This player for a call with a known elder: in the elder's voice preference (pace, prompt set)
     * where the player supports it, else this same player.
     */
    default PromptPlayer speakingTo(ElderId elder) {
        return this;
    }
}
