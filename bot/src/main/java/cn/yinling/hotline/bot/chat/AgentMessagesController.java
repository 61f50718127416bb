package cn.yinling.hotline.bot.chat;

import cn.yinling.hotline.bot.takeover.AgentReplies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The widget polls here for what the agent wrote while a person has the chat. The chat's token
 * travels in a header, not the address, so it stays out of access logs and browser history. A reply
 * fetched here counts as delivered (the agent's transcript shows 已送达).
 */
@RestController
@Tag(name = ChatController.TAG)
class AgentMessagesController {

    static final String SESSION_HEADER = "X-Chat-Session";

    private final AgentReplies replies;
    private final OngoingChats chats;

    AgentMessagesController(AgentReplies replies, OngoingChats chats) {
        this.replies = replies;
        this.chats = chats;
    }

    @Operation(summary = "What the agent wrote in a chat a person took over",
            description = "Poll while the last reply said `withAgent`. Pass the highest `id` seen as `after` to get only newer messages.")
    @ApiResponse(responseCode = "200", description = "The agent's messages after `after`, oldest first")
    @ApiResponse(responseCode = "401", description = "Unknown, ended or expired chat token")
    @GetMapping(path = "/api/chat/messages", produces = "application/json")
    List<AgentMessage> messages(
            @Parameter(description = "The chat's `sessionId`")
            @RequestHeader(SESSION_HEADER) @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+") String token,
            @Parameter(description = "The highest message id already shown")
            @RequestParam(defaultValue = "0") @Min(0) long after) {
        return replies.takenByWebChat(chats.senderOf(token), after).stream().map(AgentMessage::of).toList();
    }
}
