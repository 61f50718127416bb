package cn.yinling.hotline.bot.chat;

import cn.yinling.hotline.cases.conversation.Message;
import java.time.Instant;

/** One message an agent wrote in a web chat; {@code id} is what the widget passes as {@code after} next time. */
public record AgentMessage(Long id, Instant at, String text) {

    static AgentMessage of(Message m) {
        return new AgentMessage(m.getId(), m.getAt(), m.getText());
    }
}
