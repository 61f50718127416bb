package cn.yinling.hotline.ivr.responders;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.responders.ResponderNotice;
import cn.yinling.hotline.ivr.call.Prompt;

/**
 * The responder call's words, from the {@code responder.*} keys of the bot message bundle. The
 * elder's name, place and words are dynamic text: the catalog says the pieces around them, and
 * what it lacks is played through its fallback (rendered from the log by {@code render-prompts.sh --extra}).
 */
final class ResponderPrompts {

    private final Messages messages;

    ResponderPrompts(Messages messages) {
        this.messages = messages;
    }

    /** 银铃热线紧急通知：王秀英（东风社区3号楼2单元）按了紧急求助键，需要您马上过去。能去请按1，去不了请按2。 */
    Prompt notice(ResponderNotice n, String keyReason) {
        String what = n.said() == null || n.said().isBlank() || n.said().equals(keyReason)
                ? messages.speech("responder.what.key") : messages.speech("responder.what.said", n.said());
        return prompt("responder.notice", n.elderName(), n.place(), what);
    }

    Prompt again() {
        return prompt("responder.again");
    }

    Prompt accepted(ResponderNotice n) {
        return prompt("responder.accepted", n.place());
    }

    Prompt declined() {
        return prompt("responder.declined");
    }

    Prompt taken() {
        return prompt("responder.taken");
    }

    private Prompt prompt(String key, Object... args) {
        return Prompt.of(messages.speech(key, args));
    }
}
