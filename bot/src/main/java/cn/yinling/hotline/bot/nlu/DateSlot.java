package cn.yinling.hotline.bot.nlu;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as said ({@code phrase}, a substring of the utterance, e.g. "下周三") and the day it
 * means, resolved against the injected clock.
 */
public record DateSlot(String phrase, LocalDate date) {
    public DateSlot {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(date, "date");
    }
}
