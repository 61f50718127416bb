package cn.yinling.hotline.cases.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One subject's figures over a period.
 *
 * @param visits    visits done (the booking completed or its work order done)
 * @param checkedIn of those, visits with an arrival check-in; a visit without one is not proven on time
 * @param onTime    visits whose arrival was at most the grace minutes after the start
 * @param rated     visits with a rating (the follow-up's, else the one keyed at the door)
 * @param ratingSum the sum of those ratings (1-5 each)
 * @param satisfied ratings of 4 or 5
 * @param upheld    complaints about the subject upheld (fully or partly, as the rules file says) in the period
 */
public record Figures(int visits, int checkedIn, int onTime, int rated, int ratingSum, int satisfied, int upheld) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0);

    public Figures {
        if (visits < 0 || checkedIn < 0 || onTime < 0 || rated < 0 || ratingSum < 0 || satisfied < 0 || upheld < 0
                || checkedIn > visits || onTime > checkedIn || satisfied > rated) {
            throw new IllegalArgumentException("inconsistent figures " + visits + "/" + checkedIn + "/" + onTime + "/"
                    + rated + "/" + satisfied);
        }
    }

    public Figures plus(Figures o) {
        return new Figures(visits + o.visits, checkedIn + o.checkedIn, onTime + o.onTime, rated + o.rated,
                ratingSum + o.ratingSum, satisfied + o.satisfied, upheld + o.upheld);
    }

    Figures withVisit(boolean checkedIn, boolean onTime, Integer rating) {
        boolean rated = rating != null;
        return new Figures(visits + 1, this.checkedIn + (checkedIn ? 1 : 0), this.onTime + (onTime ? 1 : 0),
                this.rated + (rated ? 1 : 0), ratingSum + (rated ? rating : 0),
                satisfied + (rated && rating >= 4 ? 1 : 0), upheld);
    }

    Figures withUpheldComplaint() {
        return new Figures(visits, checkedIn, onTime, rated, ratingSum, satisfied, upheld + 1);
    }

    /** Whether the share satisfied of rated is below {@code percent}; false when nobody rated. */
    boolean satisfactionBelow(BigDecimal percent) {
        return rated > 0 && BigDecimal.valueOf(satisfied * 100L).compareTo(percent.multiply(BigDecimal.valueOf(rated))) < 0;
    }

    /** Whether the share on time of visits done is below {@code percent}; false when there were none. */
    boolean onTimeBelow(BigDecimal percent) {
        return visits > 0 && BigDecimal.valueOf(onTime * 100L).compareTo(percent.multiply(BigDecimal.valueOf(visits))) < 0;
    }

    /** Satisfaction in percent with one decimal ("87.5"), or null when nobody rated. */
    public BigDecimal satisfactionPercent() {
        return share(satisfied, rated);
    }

    /** On-time share of the visits done, in percent with one decimal, or null when none were done. */
    public BigDecimal onTimePercent() {
        return share(onTime, visits);
    }

    /** The average rating with two decimals, or null when nobody rated. */
    public BigDecimal averageRating() {
        return rated == 0 ? null : BigDecimal.valueOf(ratingSum).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
    }

    /** Visits done without any arrival check-in: not proven on time. */
    public int unproven() {
        return visits - checkedIn;
    }

    private static BigDecimal share(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
