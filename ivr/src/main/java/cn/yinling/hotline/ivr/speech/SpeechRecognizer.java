package cn.yinling.hotline.ivr.speech;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The seam for speech input: a recording of the caller (as Asterisk's {@code RECORD FILE} leaves it,
 * 8 kHz mono WAV) becomes text for the same dialog engine ({@code Inbound.text}). There is no
 * implementation yet; the keypad always works without one, so callers never depend on it.
 */
public interface SpeechRecognizer {

    /** What the caller said, or empty when nothing usable was recognised. */
    Optional<String> transcribe(Path recording);
}
