package cn.yinling.hotline.console.performance;

import cn.yinling.hotline.cases.performance.Listing;
import java.util.List;

/** One listing on the review page: who it names, and the future visits of the workers it bars or would bar. */
record ListingRow(Listing listing, String subjectName, List<UpcomingVisit> upcoming) {
}
