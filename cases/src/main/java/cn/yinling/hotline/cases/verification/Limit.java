package cn.yinling.hotline.cases.verification;

import java.time.Duration;

/**
 * How many wrong answers {@code subject} may give within {@code window} before it is locked for
 * {@code lockPeriod}. Subjects are namespaced keys ({@code phone:…}, {@code elder:…}, {@code client:…}).
 */
public record Limit(String subject, int attempts, Duration window, Duration lockPeriod) {

    public Limit {
        if (subject == null || subject.isBlank() || subject.length() > 120) {
            throw new IllegalArgumentException("A limit needs a subject of at most 120 characters");
        }
        if (attempts < 1 || window.isNegative() || window.isZero() || lockPeriod.isNegative() || lockPeriod.isZero()) {
            throw new IllegalArgumentException("A limit needs at least one attempt and positive periods");
        }
    }
}
