package cn.yinling.hotline.cases.checkin;

import cn.yinling.hotline.cases.elder.ElderId;

/**
 * An attempt this node has claimed and must now call.
 *
 * @param phone the elder's registered number to dial, or null when none is registered
 */
public record DueCheckin(CheckinId id, ElderId elderId, int attempt, String phone) {
}
