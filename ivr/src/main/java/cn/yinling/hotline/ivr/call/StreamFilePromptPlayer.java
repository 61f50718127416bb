package cn.yinling.hotline.ivr.call;

import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.asteriskjava.fastagi.command.VerboseCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays {@code <sound dir>/<prompt id>} with {@code STREAM FILE}. The prompt's text goes to the
 * Asterisk console first ({@code VERBOSE "prompt <id>: <text>"}), so an operator (and the AGI
 * simulator) can follow what the caller hears while prompts are still being recorded.
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
        channel.sendCommand(new VerboseCommand("prompt " + prompt.id() + ": " + prompt.text(), VERBOSE_LEVEL));
        AgiReply reply = channel.sendCommand(new StreamFileCommand(soundDirectory + "/" + prompt.id(), escapeDigits));
        int result = reply.getResultCode();
        if (result < 0) {
            // Either the file is missing or the caller hung up; a hang-up shows on the next command
            // (result=-1 or 511), so the call goes on as if the prompt had played.
            log.debug("Prompt {} not played to the end (result {})", prompt.id(), result);
            return Optional.empty();
        }
        return result == 0 ? Optional.empty() : Optional.of((char) result);
    }
}
