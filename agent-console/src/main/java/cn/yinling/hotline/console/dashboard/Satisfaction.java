package cn.yinling.hotline.console.dashboard;

/**
 * Service ratings given in the range: the share rated 4 or 5 of all ratings, against the target
 * (the seeds' "satisfaction at least 95%", configurable as {@code hotline.console.satisfaction-target}).
 *
 * @param rateLabel the share with one decimal ("95.0"), or "—" when nobody rated
 * @param barWidth  the share as a length on a 0–400 scale, for the chart; {@code targetX} likewise
 */
record Satisfaction(long rated, long satisfied, String rateLabel, int targetPercent, boolean meetsTarget, int barWidth,
        int targetX) {

    static final int SCALE = 400;

    static Satisfaction of(long rated, long satisfied, int targetPercent) {
        if (rated == 0) {
            return new Satisfaction(0, 0, "—", targetPercent, false, 0, targetPercent * SCALE / 100);
        }
        long tenths = (satisfied * 2000 + rated) / (2 * rated);
        return new Satisfaction(rated, satisfied, tenths / 10 + "." + tenths % 10, targetPercent,
                satisfied * 100 >= targetPercent * rated, (int) (satisfied * SCALE / rated), targetPercent * SCALE / 100);
    }
}
