package cn.yinling.hotline.cases.conversation;

import java.util.Objects;

/** What a channel reports for one message. {@code slots} is a compact JSON object of the recognised slots. */
public record Turn(Direction direction, String text, String dtmf, String intent, Double confidence, String slots) {

    public Turn {
        Objects.requireNonNull(direction, "direction");
    }

    public static Turn incoming(String text, String dtmf, String intent, Double confidence, String slots) {
        return new Turn(Direction.IN, text, dtmf, intent, confidence, slots);
    }

    public static Turn outgoing(String text) {
        return new Turn(Direction.OUT, text, null, null, null, null);
    }
}
