package cn.yinling.hotline.ivr.call;

import cn.yinling.hotline.cases.elder.ElderId;
import java.util.List;
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
 *
 * <p>Speaking to a known elder ({@link #speakingTo}), each piece is looked for in the elder's own
 * directories first (slow, dialect) and then in the standard one: Asterisk answers a missing file at
 * once with {@code result=-1 endpos=0} (AGI-NOTES §2a), so a set that lacks a piece costs no time.
 * A hang-up during a piece also answers {@code -1}, but with the samples played so far in
 * {@code endpos}; a hang-up before the first sample shows on the next command (511) anyway.
 */
public final class StreamFilePromptPlayer implements PromptPlayer {

    private static final Logger log = LoggerFactory.getLogger(StreamFilePromptPlayer.class);
    private static final int VERBOSE_LEVEL = 3;

    private final SoundDirectories directories;
    private final ElderVoice voices;

    public StreamFilePromptPlayer(String soundDirectory) {
        this(SoundDirectories.of(soundDirectory), null);
    }

    /** {@code voices}: the directories of each elder's voice; null = the same for everyone. */
    public StreamFilePromptPlayer(SoundDirectories directories, ElderVoice voices) {
        this.directories = directories;
        this.voices = voices;
    }

    @Override
    public PromptPlayer speakingTo(ElderId elder) {
        if (voices == null || elder == null) {
            return this;
        }
        return new StreamFilePromptPlayer(voices.directoriesFor(elder), voices);
    }

    /** The directories pieces are looked for in, preferred first. */
    public SoundDirectories directories() {
        return directories;
    }

    @Override
    public Optional<Character> play(AgiChannel channel, Prompt prompt, String escapeDigits) throws AgiException {
        channel.sendCommand(new VerboseCommand(PromptAnnouncement.format(prompt), VERBOSE_LEVEL));
        List<String> dirs = directories.directories();
        for (String id : prompt.ids()) {
            for (int d = 0; d < dirs.size(); d++) {
                AgiReply reply = channel.sendCommand(new StreamFileCommand(dirs.get(d) + "/" + id, escapeDigits));
                int result = reply.getResultCode();
                if (result > 0) {
                    return Optional.of((char) result);
                }
                if (result == 0) {
                    break;
                }
                if (missing(reply) && d + 1 < dirs.size()) {
                    log.debug("Prompt piece {} not in {}; trying {}", id, dirs.get(d), dirs.get(d + 1));
                    continue;
                }
                // Missing everywhere (not rendered yet) or the caller hung up; a hang-up shows on the
                // next command (511 or HANGUP), so the reply goes on with its next piece.
                log.debug("Prompt piece {} not played (result {})", id, result);
                break;
            }
        }
        return Optional.empty();
    }

    /** {@code result=-1 endpos=0}: Asterisk found no such file. */
    private static boolean missing(AgiReply reply) {
        String endpos = reply.getAttribute("endpos");
        return endpos == null || "0".equals(endpos.strip());
    }
}
