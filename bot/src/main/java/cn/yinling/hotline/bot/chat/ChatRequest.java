package cn.yinling.hotline.bot.chat;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message from the web chat widget. {@code event} is {@code start} when the widget opens (no
 * session and no text needed: the reply carries the new chat's {@code sessionId}) or {@code end}
 * when it closes; otherwise {@code text} is what the user typed, with the chat's {@code sessionId}.
 */
public record ChatRequest(
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, _ and - only")
        String sessionId,
        @Size(max = 2000) String text,
        @Pattern(regexp = "start|end", message = "start or end") String event) {
}
