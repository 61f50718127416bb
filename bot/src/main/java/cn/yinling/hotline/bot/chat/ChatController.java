package cn.yinling.hotline.bot.chat;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.bot.dialog.InputKind;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.reply.ReplyRenderer;
import cn.yinling.hotline.cases.Channel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON chat API for the web widget (and tests): one request per message, one reply back. A chat
 * begins with {@code start}, which hands out the chat's {@code sessionId}, an unguessable token;
 * every later message must carry it, and one the server did not issue, or one whose chat has ended
 * or expired, is refused (401): an identified elder's chat cannot be entered by naming it.
 */
@RestController
class ChatController {

    private final DialogEngine engine;
    private final OngoingChats chats;
    private final ChatLimits limits;
    private final ReplyRenderer renderer = new ReplyRenderer();

    ChatController(DialogEngine engine, OngoingChats chats, ChatLimits limits) {
        this.engine = engine;
        this.chats = chats;
        this.limits = limits;
    }

    @PostMapping(path = "/api/chat", consumes = "application/json", produces = "application/json")
    ChatResponse chat(@Valid @RequestBody ChatRequest request, HttpServletRequest http) {
        String origin = "web:" + http.getRemoteAddr();
        if ("start".equals(request.event())) {
            if (!limits.mayStart(http.getRemoteAddr())) {
                throw new ChatRefused(HttpStatus.TOO_MANY_REQUESTS, "too many chats from this address", "chat.tooManyChats");
            }
            String token = ChatTokens.issue();
            Reply reply = engine.handle(Inbound.event(Channel.WEB, ChatTokens.senderOf(token), InputKind.START).from(origin));
            return ChatResponse.of(token, reply, renderer.forChat(reply));
        }
        String sender = chats.senderOf(request.sessionId());
        if (!limits.maySend(sender)) {
            throw new ChatRefused(HttpStatus.TOO_MANY_REQUESTS, "too many messages in this chat", "chat.tooFast");
        }
        Inbound in = "end".equals(request.event())
                ? Inbound.event(Channel.WEB, sender, InputKind.HANGUP)
                : Inbound.text(Channel.WEB, sender, request.text() == null ? "" : request.text());
        Reply reply = engine.handle(in.from(origin));
        return ChatResponse.of(request.sessionId(), reply, renderer.forChat(reply));
    }
}
