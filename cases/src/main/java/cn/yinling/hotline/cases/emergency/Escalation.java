package cn.yinling.hotline.cases.emergency;

import java.time.Duration;

/**
 * How far an unclaimed emergency has been escalated, in the order the levels are reached; the
 * ordinal is {@code care_case.escalation_level}. Each level past {@link #NONE} leaves a line of its
 * {@link #eventKind()} on the case's timeline.
 */
public enum Escalation {

    NONE(null),
    /** The supervisors are alerted. */
    SUPERVISOR("ESCALATED_SUPERVISOR"),
    /** Every agent and supervisor is alerted again: still nobody has answered. */
    EVERYONE("ESCALATED_ALL");

    private final String eventKind;

    Escalation(String eventKind) {
        this.eventKind = eventKind;
    }

    public static Escalation ofLevel(int level) {
        return values()[Math.max(0, Math.min(level, values().length - 1))];
    }

    public int level() {
        return ordinal();
    }

    /** Timeline kind of the case event that records this level; null for {@link #NONE}. */
    public String eventKind() {
        return eventKind;
    }

    /** How long after the case opened this level is reached. */
    public Duration after(EmergencyProperties properties) {
        return switch (this) {
            case NONE -> Duration.ZERO;
            case SUPERVISOR -> properties.supervisorAfter();
            case EVERYONE -> properties.everyoneAfter();
        };
    }

    /** The level after this one; null at the last. */
    Escalation next() {
        return this == EVERYONE ? null : values()[ordinal() + 1];
    }
}
