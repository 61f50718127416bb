package cn.yinling.hotline.bot.nlu.slots;

/**
 * Which kinds of date/time mention the caller of an extractor wants to keep. A standalone
 * extractor keeps everything ({@link #KEEP_ALL}); {@link RuleSlotExtractor} narrows it down with
 * what it knows about the whole utterance:
 *
 * @param keepPastReferences keep dates said as past (昨天, 上周六): only a complaint is about a
 *        service that already happened
 * @param keepBookingTimes keep a date/time that only says when something was booked ("我上午打电话约的",
 *        "我昨天约的陪诊是哪天") — the caller wants the service date, not the booking day
 * @param keepMonthLevel keep vague month-level dates (下个月, 月底): dropped when the caller talks about
 *        balances and policy ("剩下的钟点月底会不会清零" has no service date)
 */
public record SelectionPolicy(boolean keepPastReferences, boolean keepBookingTimes, boolean keepMonthLevel) {

    public static final SelectionPolicy KEEP_ALL = new SelectionPolicy(true, true, true);
}
