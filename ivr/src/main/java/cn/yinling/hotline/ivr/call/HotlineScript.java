package cn.yinling.hotline.ivr.call;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.reply.ReplyRenderer;
import cn.yinling.hotline.cases.queue.QueueCalls;
import cn.yinling.hotline.ivr.IvrProperties;
import cn.yinling.hotline.ivr.callback.CallbackOffer;
import java.time.Duration;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;

/**
 * {@code agi://host:4573/hotline}: an elder calling in. One instance serves every call at once, so
 * it holds only shared collaborators; everything about one call lives in its {@link VoiceCall}.
 */
public final class HotlineScript implements AgiScript {

    public static final String NAME = "hotline";

    private final DialogEngine engine;
    private final ReplyRenderer renderer;
    private final PromptPlayer prompts;
    private final Duration inputTimeout;
    private final Duration interDigitTimeout;
    private final VoiceRecorder recorder;
    private final QueueHandover queue;

    public HotlineScript(DialogEngine engine, ReplyRenderer renderer, PromptPlayer prompts, Duration inputTimeout,
            Duration interDigitTimeout, IvrProperties.Recording recording, QueueCalls queueCalls,
            CallbackOffer callbackOffer) {
        this.engine = engine;
        this.renderer = renderer;
        this.prompts = prompts;
        this.inputTimeout = inputTimeout;
        this.interDigitTimeout = interDigitTimeout;
        this.recorder = new VoiceRecorder(recording);
        this.queue = new QueueHandover(queueCalls, callbackOffer);
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        new VoiceCall(engine, renderer, new Keypad(channel, prompts, inputTimeout, interDigitTimeout),
                CallerNumber.of(request), channel, recorder, queue, request.getUniqueId()).run();
    }
}
