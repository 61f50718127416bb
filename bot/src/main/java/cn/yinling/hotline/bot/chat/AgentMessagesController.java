package cn.yinling.hotline.bot.chat;

import cn.yinling.hotline.bot.takeover.AgentReplies;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The widget polls here for what the agent wrote while a person has the chat. */
@RestController
class AgentMessagesController {

    private final AgentReplies replies;

    AgentMessagesController(AgentReplies replies) {
        this.replies = replies;
    }

    @GetMapping(path = "/api/chat/{sessionId}/messages", produces = "application/json")
    List<AgentMessage> messages(
            @PathVariable @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+") String sessionId,
            @RequestParam(defaultValue = "0") @Min(0) long after) {
        return replies.repliesForWebSession(sessionId, after).stream().map(AgentMessage::of).toList();
    }
}
