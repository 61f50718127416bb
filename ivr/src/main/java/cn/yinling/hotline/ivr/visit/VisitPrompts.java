package cn.yinling.hotline.ivr.visit;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.bot.reply.SpokenChinese;
import cn.yinling.hotline.ivr.call.Prompt;

/** The check-in line's words, from the {@code visit.*} keys of the bot message bundle. */
final class VisitPrompts {

    private final Messages messages;

    VisitPrompts(Messages messages) {
        this.messages = messages;
    }

    /** 签退成功，这次服务七十四分钟。 */
    Prompt left(int minutes) {
        return Prompt.of(messages.speech("visit.left", SpokenChinese.minutes(minutes)));
    }

    Prompt of(String key) {
        return Prompt.of(messages.speech("visit." + key));
    }
}
