package cn.yinling.hotline.cases.sms;

import java.time.Instant;

/** A message this node claimed to send: its row, attempt number (this one included) and what to send. */
record ClaimedMessage(long id, int attempt, Instant createdAt, OutgoingSms sms) {
}
