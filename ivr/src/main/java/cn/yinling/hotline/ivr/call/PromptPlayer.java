package cn.yinling.hotline.ivr.call;

import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;

/**
 * Says a prompt on a call. Asterisk has no Chinese text-to-speech, so how a text becomes sound is
 * behind this seam: today one pre-rendered file per prompt ({@link StreamFilePromptPlayer}).
 * Composing numbers, dates and amounts from rendered pieces is follow-up work that fits here.
 */
public interface PromptPlayer {

    /**
     * Plays the prompt, letting any of {@code escapeDigits} interrupt it (Asterisk keeps no key
     * buffer, so a key pressed during a prompt is lost unless the prompt itself accepts it).
     *
     * @return the key that interrupted the prompt, or empty when it played out (or could not be played)
     */
    Optional<Character> play(AgiChannel channel, Prompt prompt, String escapeDigits) throws AgiException;
}
