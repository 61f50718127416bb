package cn.yinling.hotline.cases.reminder;

import cn.yinling.hotline.cases.elder.ElderId;

/** A reminder call claimed by this node: the reminder, its visit, whom to call ({@code phone} null: no number). */
public record DueReminder(long id, long bookingId, ElderId elderId, String phone) {
}
