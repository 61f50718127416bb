package cn.yinling.hotline.bot.nlu.slots;

/** Where a candidate slot value sits in the utterance: chars {@code [start, end)}. */
interface Mention {

    int start();

    int end();

    /**
     * Could name the moment a booking was made rather than the service ("我昨天约的…", "我上午打电话约的…"):
     * a past or present day, or a time of day.
     */
    default boolean couldBeWhenBooked() {
        return false;
    }
}
