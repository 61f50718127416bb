package cn.yinling.hotline.bot.chat;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.bot.dialog.InputKind;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.reply.ReplyRenderer;
import cn.yinling.hotline.cases.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = ChatController.TAG, description = "Talk to the hotline's dialog engine from a web page or a script: "
        + "book home-care services, hear the subsidy balance, complain, reach a person. Open to anyone; "
        + "limited per network address and per chat.")
class ChatController {

    static final String TAG = "Chat";

    private final DialogEngine engine;
    private final OngoingChats chats;
    private final ChatLimits limits;
    private final ReplyRenderer renderer = new ReplyRenderer();

    ChatController(DialogEngine engine, OngoingChats chats, ChatLimits limits) {
        this.engine = engine;
        this.chats = chats;
        this.limits = limits;
    }

    @Operation(summary = "Start a chat, send one message, or end the chat",
            description = "`{\"event\":\"start\"}` starts a chat: the reply's `sessionId` is the chat's token, to send "
                    + "with every further message. `{\"sessionId\":…,\"text\":…}` sends what the user typed (at most "
                    + "2,000 characters); `{\"sessionId\":…,\"event\":\"end\"}` ends the chat. The reply carries the "
                    + "bot's lines (Simplified Chinese), numbered options, and whether a person took over (`withAgent`, "
                    + "then poll `/api/chat/messages`) or the chat ended. A stranger is asked for the elder's registered "
                    + "phone number and the last four digits of the ID number before anything personal is said.")
    @ApiResponse(responseCode = "200", description = "The bot's reply")
    @ApiResponse(responseCode = "400", description = "Invalid request: `fields` names the field at fault, `message` is for the person")
    @ApiResponse(responseCode = "401", description = "Unknown, ended or expired `sessionId`: start a new chat")
    @ApiResponse(responseCode = "413", description = "Body over 16 KB")
    @ApiResponse(responseCode = "429", description = "Too many chats from this address, or messages in this chat")
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
