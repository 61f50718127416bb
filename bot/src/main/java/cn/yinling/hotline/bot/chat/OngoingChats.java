package cn.yinling.hotline.bot.chat;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.cases.Channel;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Turns a chat token into the chat's name, refusing tokens never issued and chats that ended or expired. */
@Component
class OngoingChats {

    private final DialogEngine engine;

    OngoingChats(DialogEngine engine) {
        this.engine = engine;
    }

    String senderOf(String token) {
        if (token == null || token.isBlank()) {
            throw new ChatRefused(HttpStatus.BAD_REQUEST, "sessionId missing: send {\"event\":\"start\"} first",
                    "chat.startFirst");
        }
        String sender = ChatTokens.senderOf(token);
        if (!engine.isOngoing(Channel.WEB, sender)) {
            throw new ChatRefused(HttpStatus.UNAUTHORIZED, "unknown, ended or expired chat", "chat.expired");
        }
        return sender;
    }
}
