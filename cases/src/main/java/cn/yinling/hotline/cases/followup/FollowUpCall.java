package cn.yinling.hotline.cases.followup;

import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Sex;

/** What a follow-up call about one visit needs to greet the elder. */
public record FollowUpCall(long bookingId, ElderId elderId, String surname, Sex sex) {
}
