package cn.yinling.hotline.bot.chat;

import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.reply.Option;
import cn.yinling.hotline.bot.reply.Reply;
import java.util.List;

/**
 * What the widget shows: the reply text, the numbered options, and whether a person takes over or the chat ends.
 * {@code withAgent}: a person has the chat, so there is no bot answer; the widget fetches the agent's messages.
 * {@code sessionId}: the chat's token, to send with every further message of this chat.
 */
public record ChatResponse(String sessionId, String text, List<String> lines, List<Option> options, Handover handover, boolean ended,
        boolean withAgent) {

    public record Handover(Long caseId, int priority, String reason) {
    }

    static ChatResponse of(String sessionId, Reply reply, String rendered) {
        Action.Handover h = reply.action(Action.Handover.class);
        return new ChatResponse(sessionId, rendered, reply.lines().stream().map(l -> l.text()).toList(), reply.options(),
                h == null ? null : new Handover(h.caseId(), h.priority().level(), h.reason()), reply.has(Action.End.class),
                reply.has(Action.WithAgent.class));
    }
}
