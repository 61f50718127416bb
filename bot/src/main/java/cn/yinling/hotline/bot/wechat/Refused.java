package cn.yinling.hotline.bot.wechat;

import org.springframework.http.HttpStatus;

/** A callback request turned away before any processing, with the status to answer and the reason to log. */
final class Refused extends RuntimeException {

    private final HttpStatus status;

    Refused(HttpStatus status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
