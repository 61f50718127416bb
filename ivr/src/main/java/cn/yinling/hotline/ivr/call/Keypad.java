package cn.yinling.hotline.ivr.call;

import cn.yinling.hotline.cases.elder.ElderId;
import java.time.Duration;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.asteriskjava.fastagi.command.WaitForDigitCommand;

/**
 * Asks by prompt and reads keys. Every question is played with all keys as escape digits: elders
 * press before a prompt ends, and Asterisk drops any key that no running command is waiting for.
 */
public final class Keypad {

    static final String ALL_KEYS = "0123456789*#";
    private static final int MAX_DIGITS = 20;
    private static final char NONE = 0;

    private final AgiChannel channel;
    private final PromptPlayer prompts;
    private final Duration inputTimeout;
    private final Duration interDigitTimeout;

    public Keypad(AgiChannel channel, PromptPlayer prompts, Duration inputTimeout, Duration interDigitTimeout) {
        this.channel = channel;
        this.prompts = prompts;
        this.inputTimeout = inputTimeout;
        this.interDigitTimeout = interDigitTimeout;
    }

    /** This keypad, speaking in {@code elder}'s voice preference from now on. */
    public Keypad speakingTo(ElderId elder) {
        return new Keypad(channel, prompts.speakingTo(elder), inputTimeout, interDigitTimeout);
    }

    /** Says something that expects no answer (a goodbye, "connecting you"). */
    public void say(Prompt prompt) throws AgiException {
        prompts.play(channel, prompt, "");
    }

    /** Asks for one key (a menu choice); empty when the caller pressed nothing in time. */
    public Optional<String> askKey(Prompt prompt) throws AgiException {
        char key = firstKey(prompt);
        return key == NONE ? Optional.empty() : Optional.of(String.valueOf(key));
    }

    /** Asks for a number keyed digit by digit, ended by {@code #} or a pause; empty on silence. */
    public Optional<String> askNumber(Prompt prompt) throws AgiException {
        char key = firstKey(prompt);
        if (key == NONE) {
            return Optional.empty();
        }
        if (key == '#') {
            return Optional.of("#");
        }
        StringBuilder digits = new StringBuilder().append(key);
        while (digits.length() < MAX_DIGITS) {
            char next = waitForDigit(interDigitTimeout);
            if (next == NONE || next == '#') {
                break;
            }
            digits.append(next);
        }
        return Optional.of(digits.toString());
    }

    private char firstKey(Prompt prompt) throws AgiException {
        Optional<Character> barged = prompts.play(channel, prompt, ALL_KEYS);
        return barged.isPresent() ? barged.get() : waitForDigit(inputTimeout);
    }

    private char waitForDigit(Duration timeout) throws AgiException {
        AgiReply reply = channel.sendCommand(new WaitForDigitCommand(timeout.toMillis()));
        if (reply.getResultCode() < 0) {
            // result=-1: the caller hung up while we waited (Asterisk sends HANGUP next).
            throw new AgiHangupException();
        }
        return (char) reply.getResultCode();
    }
}
