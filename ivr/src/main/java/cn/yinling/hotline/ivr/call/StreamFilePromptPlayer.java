package cn.yinling.hotline.ivr.call;

import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.asteriskjava.fastagi.command.VerboseCommand;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a prompt's pieces with one {@code STREAM FILE <sound dir>/<id>} each. First one
 * {@code VERBOSE} line per reply with its words and pieces ({@link PromptAnnouncement}), so an
 * operator on the Asterisk console (and the AGI simulator) can follow what the caller hears.
 *
 * <p>Each piece carries the prompt's escape digits: a key that interrupts any piece ends the whole
 * reply and is returned to be used, since Asterisk would drop a key pressed between two commands.
 */
public final class StreamFilePromptPlayer implements PromptPlayer {

    private static final Logger log = LoggerFactory.getLogger(StreamFilePromptPlayer.class);
    private static final int VERBOSE_LEVEL = 3;

    private final String soundDirectory;

    public StreamFilePromptPlayer(String soundDirectory) {
        this.soundDirectory = soundDirectory;
    }

    @Override
    public Optional<Character> play(AgiChannel channel, Prompt prompt, String escapeDigits) throws AgiException {
        channel.sendCommand(new VerboseCommand(PromptAnnouncement.format(prompt), VERBOSE_LEVEL));
        for (String id : prompt.ids()) {
            AgiReply reply = channel.sendCommand(new StreamFileCommand(soundDirectory + "/" + id, escapeDigits));
            int result = reply.getResultCode();
            if (result > 0) {
                return Optional.of((char) result);
            }
            if (result < 0) {
                // The file is missing (not rendered yet) or the caller hung up; a hang-up shows on the
                // next command (511 or HANGUP), so the reply goes on with its next piece.
                log.debug("Prompt piece {} not played (result {})", id, result);
            }
        }
        return Optional.empty();
    }
}
