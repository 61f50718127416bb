package cn.yinling.hotline.bot.nlu.slots;

import java.time.LocalTime;

/**
 * A time of day found in the (normalised) utterance.
 *
 * @param observation said as how things stand now or usually ("现在都十点了", "十点多", "早上到现在",
 *        "平时七点就起来了"), not as an appointment
 */
record TimeMention(int start, int end, LocalTime from, LocalTime to, boolean observation) implements Mention {

    @Override
    public boolean couldBeWhenBooked() {
        return true;
    }
}
