package cn.yinling.hotline.bot.nlu;

import java.time.Clock;

/** Text → slots, with relative dates resolved against the clock. Thread-safe. */
public interface SlotExtractor {

    Slots extract(String text, Clock clock);
}
