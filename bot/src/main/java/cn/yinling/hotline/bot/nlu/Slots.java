package cn.yinling.hotline.bot.nlu;

/**
 * What an utterance names. Any part may be null. {@code service} is a catalog code (bathing,
 * cleaning…), {@code complaintType} one of late, no_show, attitude, quality, overcharge, hotline,
 * other; {@code rating} 1–5.
 */
public record Slots(String service, DateSlot date, TimeSlot time, String complaintType, Integer rating) {

    public static final Slots NONE = new Slots(null, null, null, null, null);

    public boolean isEmpty() {
        return service == null && date == null && time == null && complaintType == null && rating == null;
    }
}
