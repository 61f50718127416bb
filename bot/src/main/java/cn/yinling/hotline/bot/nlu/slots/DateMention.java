package cn.yinling.hotline.bot.nlu.slots;

import java.time.LocalDate;

/**
 * A date found in the (normalised) utterance.
 *
 * @param past said as past (昨天, 上周六, 上个月)
 * @param today said as today (今天, 今儿, 这周)
 * @param monthLevel only a month-level hint (下个月, 月底, 下个月初)
 */
record DateMention(int start, int end, LocalDate date, boolean past, boolean today, boolean monthLevel)
        implements Mention {

    @Override
    public boolean couldBeWhenBooked() {
        return past || today;
    }
}
