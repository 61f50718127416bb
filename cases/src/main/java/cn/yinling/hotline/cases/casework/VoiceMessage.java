package cn.yinling.hotline.cases.casework;

import java.time.Duration;
import java.util.Objects;

/**
 * A message a caller recorded on the phone. The sound stays where the PBX wrote it (Asterisk's
 * recordings directory); the case keeps where that is and how long it lasts, so an agent can find
 * and play it.
 *
 * @param file   path of the recording on the Asterisk box, with its extension ({@code …/case-12-….wav})
 * @param length how long the message is (silence trimmed by Asterisk)
 */
public record VoiceMessage(String file, Duration length) {

    public VoiceMessage {
        Objects.requireNonNull(length, "length");
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("A voice message needs the file it was recorded to");
        }
        if (length.isNegative()) {
            throw new IllegalArgumentException("A voice message cannot last " + length);
        }
    }

    /** How the case timeline shows it: the file, then the length in seconds ({@code … 12.3 s}). */
    String timelineNote() {
        return file + " " + length.toMillis() / 1000 + "." + length.toMillis() % 1000 / 100 + " s";
    }
}
