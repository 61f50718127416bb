package cn.yinling.hotline.bot.chat;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.bot.dialog.InputKind;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.reply.ReplyRenderer;
import cn.yinling.hotline.cases.Channel;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The JSON chat API for the web widget (and tests): one request per message, one reply back. */
@RestController
class ChatController {

    private final DialogEngine engine;
    private final ReplyRenderer renderer = new ReplyRenderer();

    ChatController(DialogEngine engine) {
        this.engine = engine;
    }

    @PostMapping(path = "/api/chat", consumes = "application/json", produces = "application/json")
    ChatResponse chat(@Valid @RequestBody ChatRequest request) {
        Inbound in;
        if ("start".equals(request.event())) {
            in = Inbound.event(Channel.WEB, request.sessionId(), InputKind.START);
        } else if ("end".equals(request.event())) {
            in = Inbound.event(Channel.WEB, request.sessionId(), InputKind.HANGUP);
        } else {
            in = Inbound.text(Channel.WEB, request.sessionId(), request.text() == null ? "" : request.text());
        }
        Reply reply = engine.handle(in);
        return ChatResponse.of(reply, renderer.forChat(reply));
    }
}
