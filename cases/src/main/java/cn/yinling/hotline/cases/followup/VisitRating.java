package cn.yinling.hotline.cases.followup;

import cn.yinling.hotline.cases.casework.CaseId;

/**
 * A rating given on a follow-up call.
 *
 * @param complaint the complaint opened for a low rating, else null
 */
public record VisitRating(int stars, CaseId complaint) {
}
