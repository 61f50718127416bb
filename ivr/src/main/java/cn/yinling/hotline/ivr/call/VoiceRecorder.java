package cn.yinling.hotline.ivr.call;

import cn.yinling.hotline.cases.casework.VoiceMessage;
import cn.yinling.hotline.ivr.IvrProperties;
import java.time.Duration;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.command.RecordFileCommand;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what the caller says with {@code RECORD FILE <dir>/case-<id>-<uniqueid> <format> "#"
 * <max ms> 0 s=<silence>}, and reads Asterisk's answer as observed (AGI-NOTES §8b): {@code #}
 * gives {@code (dtmf)}, a pause {@code (timeout)} with the milliseconds left (not 0) and the
 * trimmed length, no sound at all {@code result=0 (timeout) endpos=0}, a hang-up
 * {@code result=-1 (hangup)}, and a failure such as {@code -1 (randomerror)} no file. No
 * {@code BEEP}: without a {@code beep} sound installed Asterisk refuses the whole command.
 */
final class VoiceRecorder {

    private static final Logger log = LoggerFactory.getLogger(VoiceRecorder.class);
    private static final double SAMPLES_PER_MILLI = 8.0; // endpos is in 8 kHz samples

    /**
     * What came of one recording.
     *
     * @param message     the message, or null when nothing usable was said (or recording failed)
     * @param callerHungUp whether the caller put the phone down while recording (what was said is kept)
     */
    record Recorded(VoiceMessage message, boolean callerHungUp) {
    }

    private final IvrProperties.Recording settings;

    VoiceRecorder(IvrProperties.Recording settings) {
        this.settings = settings;
    }

    Recorded record(AgiChannel channel, Long caseId) throws AgiException {
        String file = settings.directory() + "/case-" + caseId + "-" + channel.getUniqueId();
        AgiReply reply = channel.sendCommand(new RecordFileCommand(file, settings.format(), "#",
                (int) settings.maxLength().toMillis(), 0, false, (int) settings.silence().toSeconds()));
        String how = reply.getExtra();
        boolean hungUp = "hangup".equals(how);
        if (reply.getResultCode() < 0 && !hungUp) {
            log.warn("Recording {} failed: {}", file, reply.getFirstLine());
            return new Recorded(null, false);
        }
        Duration length = Duration.ofMillis(Math.round(endpos(reply) / SAMPLES_PER_MILLI));
        if (length.compareTo(settings.minLength()) < 0) {
            return new Recorded(null, hungUp);
        }
        return new Recorded(new VoiceMessage(file + "." + settings.format(), length), hungUp);
    }

    private static long endpos(AgiReply reply) {
        String endpos = reply.getAttribute("endpos");
        try {
            return endpos == null ? 0 : Math.max(0, Long.parseLong(endpos.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
