package cn.yinling.hotline.bot.chat;

import org.springframework.http.HttpStatus;

/** A chat request refused before the dialog sees it; {@code messageKey} is what the widget shows (bot bundle). */
final class ChatRefused extends RuntimeException {

    private final HttpStatus status;
    private final String error;
    private final String messageKey;

    ChatRefused(HttpStatus status, String error, String messageKey) {
        super(error, null, false, false);
        this.status = status;
        this.error = error;
        this.messageKey = messageKey;
    }

    HttpStatus status() {
        return status;
    }

    String error() {
        return error;
    }

    String messageKey() {
        return messageKey;
    }
}
