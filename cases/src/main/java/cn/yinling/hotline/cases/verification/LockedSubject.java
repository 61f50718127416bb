package cn.yinling.hotline.cases.verification;

import java.time.Instant;

/** A subject locked for too many wrong answers, and until when: for staff to see who is being refused. */
public record LockedSubject(String subject, Instant lockedUntil) {
}
