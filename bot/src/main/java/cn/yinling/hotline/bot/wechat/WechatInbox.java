package cn.yinling.hotline.bot.wechat;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.bot.reply.ReplyRenderer;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes each message once and gets its answer, on the callback's own thread: within the reply
 * budget as the passive reply, otherwise later through the customer-service API (the
 * {@link ReplyWatchdog} has answered WeChat "success" by then).
 * <p>
 * Not on a pool of its own: the request's thread would wait for the turn anyway, and handing every
 * message to another thread and back cost about 5 % of the CPU per message under load.
 */
class WechatInbox {

    private static final Logger log = LoggerFactory.getLogger(WechatInbox.class);

    private final DialogEngine engine;
    private final MessageDedup dedup;
    private final CustomerService customerService;
    private final MessageTranslator translator = new MessageTranslator();
    private final ReplyRenderer renderer = new ReplyRenderer();
    private final Messages msg = new Messages();

    WechatInbox(DialogEngine engine, MessageDedup dedup, CustomerService customerService) {
        this.engine = engine;
        this.dedup = dedup;
        this.customerService = customerService;
    }

    /** Handles a message and gives its passive reply: the answer, or "success" (duplicate, no answer, or answered later). */
    void receive(WxMpXmlMessage m, PassiveReply reply) {
        Incoming incoming = translator.translate(m);
        if (!dedup.firstTime(MessageTranslator.dedupKey(m))) {
            log.info("WeChat retry of {} from {} ignored: already taken", MessageTranslator.dedupKey(m), m.getFromUser());
            reply.give(null);
        } else if (incoming instanceof Incoming.Polite polite) {
            reply.give(polite.text());
        } else if (incoming instanceof Incoming.ToEngine toEngine) {
            answer(toEngine.inbound(), toEngine.answered(), reply);
        } else {
            reply.give(null);
        }
    }

    private void answer(Inbound in, boolean answered, PassiveReply reply) {
        reply.startBudget();
        String text;
        try {
            text = renderer.forChat(engine.handle(in));
        } catch (RuntimeException e) {
            log.error("The dialog engine failed on a WeChat message from {}", in.sender(), e);
            reply.give(msg.text("wechat.busy"));
            return;
        }
        // Nothing to say (a person has the chat): answer "success".
        boolean hasText = answered && text != null && !text.isBlank();
        if (!reply.give(hasText ? text : null) && hasText) {
            log.info("Answer to {} took longer than the reply budget: sent as a customer-service message", in.sender());
            customerService.send(in.sender(), text);
        }
    }
}
