package cn.yinling.hotline.console.dispatch;

import java.time.LocalDateTime;

/** One SMS about a work order as its page lists it: to whom (masked), what it said, and what became of it. */
record SentMessage(String phone, String text, String state, LocalDateTime queuedAt) {
}
