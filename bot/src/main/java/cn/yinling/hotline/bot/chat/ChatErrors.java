package cn.yinling.hotline.bot.chat;

import cn.yinling.hotline.bot.reply.Messages;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Clear answers for refused, malformed or invalid chat requests: {@code error} for the program,
 * naming the field at fault, and {@code message} in Chinese for the person at the widget.
 */
@RestControllerAdvice(assignableTypes = {ChatController.class, AgentMessagesController.class})
class ChatErrors {

    private final Messages messages = new Messages();

    @ExceptionHandler(ChatRefused.class)
    ResponseEntity<Map<String, Object>> refused(ChatRefused e) {
        return ResponseEntity.status(e.status()).body(Map.of("error", e.error(), "message", messages.text(e.messageKey())));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        Map<String, String> fields = e.getBindingResult().getFieldErrors().stream()
                .collect(Collectors.toMap(f -> f.getField(), f -> String.valueOf(f.getDefaultMessage()), (a, b) -> a));
        String message = fields.containsKey("text") ? messages.text("chat.textTooLong") : messages.text("chat.invalid");
        return ResponseEntity.badRequest().body(Map.of("error", "invalid request", "fields", fields, "message", message));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "malformed JSON", "message",
                messages.text("chat.invalid")));
    }
}
