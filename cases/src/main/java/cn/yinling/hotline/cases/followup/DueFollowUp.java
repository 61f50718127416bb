package cn.yinling.hotline.cases.followup;

import cn.yinling.hotline.cases.elder.ElderId;

/** A visit whose follow-up call this node has claimed: call {@code phone} about {@code bookingId}. */
public record DueFollowUp(long bookingId, ElderId elderId, String phone) {
}
