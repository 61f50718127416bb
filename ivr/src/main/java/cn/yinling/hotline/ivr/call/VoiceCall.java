package cn.yinling.hotline.ivr.call;

import cn.yinling.hotline.cases.elder.PersonalNumbers;
import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.bot.dialog.InputKind;
import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.reply.ReplyRenderer;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.casework.CaseId;
import cn.yinling.hotline.cases.elder.ElderId;
import java.util.Optional;
import java.util.UUID;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiNetworkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call, from the first prompt to hang-up or hand-over. The IVR only translates: keys become
 * engine input, replies become prompts; what to say and do next is always the engine's decision.
 */
final class VoiceCall {

    private static final Logger log = LoggerFactory.getLogger(VoiceCall.class);

    private final DialogEngine engine;
    private final ReplyRenderer renderer;
    /** Speaks in the standard voice until the engine says which elder is on the line. */
    private Keypad keypad;
    private Long elderOnLine;
    private final String caller;
    private final AgiChannel channel;
    private final VoiceRecorder recorder;
    private final QueueHandover queue;
    private final String uniqueid;
    /** The engine's session of this call: the call's own, never the number's (see {@link Inbound#call()}). */
    private final String session;

    /** {@code uniqueid}: {@code agi_uniqueid}, the Uniqueid the AMI queue events carry for this channel. */
    VoiceCall(DialogEngine engine, ReplyRenderer renderer, Keypad keypad, String caller, AgiChannel channel,
            VoiceRecorder recorder, QueueHandover queue, String uniqueid) {
        this.engine = engine;
        this.renderer = renderer;
        this.keypad = keypad;
        this.caller = caller;
        this.channel = channel;
        this.recorder = recorder;
        this.queue = queue;
        this.uniqueid = uniqueid;
        this.session = uniqueid == null || uniqueid.isBlank() ? UUID.randomUUID().toString() : uniqueid;
    }

    void run() throws AgiException {
        boolean finished = false;
        try {
            Reply reply = engine.handle(input(InputKind.START));
            while (true) {
                speakTo(reply);
                Prompt prompt = Prompt.of(renderer.forVoice(reply));
                Action.Handover handover = reply.action(Action.Handover.class);
                if (handover != null) {
                    keypad.say(prompt);
                    handOver(handover);
                    // The call is the queue's now; nothing of it reaches the engine again.
                    finished = endConversation(InputKind.HANDED_OVER);
                    return;
                }
                if (reply.has(Action.End.class)) {
                    keypad.say(prompt);
                    finished = true;
                    hangUpPolitely();
                    return;
                }
                Action.RecordMessage recording = reply.action(Action.RecordMessage.class);
                reply = recording != null ? recordMessage(recording, prompt) : engine.handle(listen(reply, prompt));
            }
        } catch (AgiHangupException | AgiNetworkException e) {
            // Caller gone (result=-1, HANGUP, 511 or a dead socket): the engine drops anything half-done.
            log.debug("Caller {} hung up", PersonalNumbers.phoneAnswer(caller));
            finished = endConversation(InputKind.HANGUP);
        } finally {
            if (!finished) {
                endConversation(InputKind.HANGUP);
            }
        }
    }

    /** Once the engine knows the elder on the line, the rest of the call is in the elder's own voice. */
    private void speakTo(Reply reply) {
        Action.ElderOnLine elder = reply.action(Action.ElderOnLine.class);
        if (elder != null && elder.elderId() != null && !elder.elderId().equals(elderOnLine)) {
            elderOnLine = elder.elderId();
            try {
                keypad = keypad.speakingTo(new ElderId(elder.elderId()));
            } catch (RuntimeException e) {
                log.warn("Voice preference of elder {} not read; the call goes on in the standard voice", elderOnLine, e);
            }
        }
    }

    /** The caller's answer to a reply: one key for a menu, a keyed number otherwise, or silence. */
    private Inbound listen(Reply reply, Prompt prompt) throws AgiException {
        Optional<String> keys = reply.options().isEmpty() ? keypad.askNumber(prompt) : keypad.askKey(prompt);
        return keys.map(k -> Inbound.digits(Channel.VOICE, caller, k).inCall(session))
                .orElseGet(() -> input(InputKind.NO_INPUT));
    }

    /**
     * Says how to leave the message, records it and hands it to the engine. A caller who hangs up
     * instead of pressing {@code #} (elders often do) still leaves what they said.
     */
    private Reply recordMessage(Action.RecordMessage recording, Prompt prompt) throws AgiException {
        keypad.say(prompt);
        VoiceRecorder.Recorded recorded = recorder.record(channel, recording.caseId());
        Reply reply = engine.handle(Inbound.recording(Channel.VOICE, caller, recorded.message()).inCall(session));
        if (recorded.callerHungUp()) {
            throw new AgiHangupException();
        }
        return reply;
    }

    /** Back to the dialplan, which queues the call for an agent. */
    private void handOver(Action.Handover handover) throws AgiException {
        queue.handOver(channel, uniqueid, handover.caseId() == null ? null : new CaseId(handover.caseId()),
                handover.elderId() == null ? null : new ElderId(handover.elderId()), caller, handover.priority());
    }

    private void hangUpPolitely() throws AgiException {
        try {
            channel.hangup();
        } catch (AgiHangupException e) {
            // The caller put the phone down first; nothing more to do.
        }
    }

    private Inbound input(InputKind kind) {
        return Inbound.event(Channel.VOICE, caller, kind).inCall(session);
    }

    /**
     * Tells the engine the call has left it (hung up, or handed over to the queue), so the session
     * is dropped and the conversation closed: whatever the caller proved is gone with the call.
     */
    private boolean endConversation(InputKind how) {
        try {
            engine.handle(input(how));
        } catch (RuntimeException e) {
            log.warn("Could not record the end of the call from {}", PersonalNumbers.phoneAnswer(caller), e);
        }
        return true;
    }
}
